/**
 * The only code that reads tokens. {@link org.agora.identity.rest.CurrentActor} turns the OIDC principal WildFly
 * authenticated (from a bearer token or the browser session) into an {@link org.agora.identity.boundary.Actor};
 * the filters here enforce access rules that JAX-RS annotations cannot express alone: 401 for anonymous calls to
 * protected methods, CSRF protection for cookie-authenticated writes, and write rate limits.
 */
package org.agora.identity.rest;
