/**
 * REST for moderation: flags and notices for everyone signed in, the queue, decisions, appeals rulings, the live
 * feed and the audit log for moderators (and the log for the agency that owns a round). Thin: a validated request
 * record in, one call to {@link org.agora.moderation.boundary.Moderation}, a view record out.
 */
package org.agora.moderation.rest;
