package org.agora.identity.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * CSRF protection for writes authenticated by the browser session cookie: they must carry the custom header
 * {@value #HEADER} (which a cross-site form cannot send and a cross-site script cannot add without a CORS preflight
 * we never grant) and, when the browser sends an {@code Origin}, it must be our own. Requests with a bearer token are
 * not affected: a browser never attaches one by itself. The session cookie is also {@code SameSite=Lax}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class CsrfGuard implements ContainerRequestFilter {

    public static final String HEADER = "X-Agora-CSRF";
    static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getUriInfo().getRequestUri())) {
            throw new CrossSiteRequestRefused("This request came from another site (" + origin + ").");
        }
        if (request.getHeaderString(HEADER) == null) {
            throw new CrossSiteRequestRefused("Requests made with the browser session must carry the " + HEADER
                    + " header; the site's pages send it. API clients should use a bearer token instead.");
        }
    }

    /** Whether an {@code Origin} header names the request's own scheme, host and port; garbage never does. */
    static boolean sameOrigin(String originHeader, URI request) {
        try {
            URI origin = URI.create(originHeader.strip());
            return origin.getScheme() != null && origin.getScheme().equalsIgnoreCase(request.getScheme())
                    && origin.getHost() != null && origin.getHost().equalsIgnoreCase(request.getHost())
                    && port(origin) == port(request);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
