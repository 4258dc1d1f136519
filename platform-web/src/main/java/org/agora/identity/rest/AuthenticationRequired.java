package org.agora.identity.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Deny by default, part one: an anonymous call to anything that is not explicitly {@code @PermitAll} gets a 401 with
 * a Bearer challenge (the role check that follows would otherwise answer 403, which tells a client nothing about
 * signing in). Methods without any decision are refused too; a unit test keeps them from being written.
 *
 * <p>An access token in the address ({@code ?access_token=}, which RFC 6750 allows and the OIDC client would accept)
 * is refused before anything else: addresses are written to logs, browser histories and Referer headers, so a token
 * there is a token leaked. Tokens go in the {@code Authorization} header.
 *
 * <p>A request that carries a bearer token WildFly did not accept (bad signature, {@code alg: none}, expired, wrong
 * audience or issuer) is refused with {@code error="invalid_token"} (RFC 6750) everywhere, public reads included:
 * silently treating it as anonymous would hide a broken client.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequired implements ContainerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"agora\"";

    /** RFC 6750's query parameter for a token: refused, since addresses end up in logs, histories and Referers. */
    static final String QUERY_TOKEN = "access_token";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getQueryParameters().containsKey(QUERY_TOKEN)) {
            throw new TokenInAddress();
        }
        boolean anonymous = request.getSecurityContext().getUserPrincipal() == null;
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (anonymous && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidToken();
        }
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        if (anonymous) {
            throw new NotAuthorizedException(CHALLENGE);
        }
    }

    /** Explicitly public: {@code @PermitAll} on the method, or on the class with no stricter method annotation. */
    static boolean isPublic(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        if (method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        return method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    /** A token sent in the address. */
    static final class TokenInAddress extends org.agora.problems.DomainProblem {

        TokenInAddress() {
            super(Kind.INVALID, "token-in-address", "Access token in the address",
                    "Access tokens are not accepted in the address, where logs and browser histories keep them. Send"
                            + " the token in the Authorization header (Bearer), and get a new one: this one may have"
                            + " leaked.");
        }
    }

    /** A bearer token that did not authenticate. */
    static final class InvalidToken extends org.agora.problems.DomainProblem {

        InvalidToken() {
            super(Kind.UNAUTHENTICATED, "invalid-token", "Invalid access token",
                    "The bearer token was not accepted: it is expired, not signed by our identity provider, or meant"
                            + " for another service. Get a new token and try again.");
        }
    }
}
