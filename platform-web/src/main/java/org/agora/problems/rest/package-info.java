/**
 * Turns every refusal into an RFC 9457 {@code application/problem+json} document with a stable {@code type}
 * ({@code /problems/<slug>}), a title, the status, a detail written for the client and the request path as
 * {@code instance}. Client mistakes never produce a 500; unexpected failures produce a 500 that carries only an
 * incident id, with the stack trace in the server log, never in the response.
 */
package org.agora.problems.rest;
