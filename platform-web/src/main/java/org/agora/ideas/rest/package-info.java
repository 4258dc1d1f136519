/** HTTP API of co-development rounds: ideas, amendments, support and the agency's decisions. */
package org.agora.ideas.rest;
