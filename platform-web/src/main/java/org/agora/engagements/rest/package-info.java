/** REST resources of the engagements component, under {@code /api/engagements}. */
package org.agora.engagements.rest;
