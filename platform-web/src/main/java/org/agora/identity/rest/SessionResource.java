package org.agora.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Sign-out for the pages: ends our session and answers where to send the browser so the identity provider's session
 * ends too (RP-initiated logout). A script call rather than a form post, so the browser then navigates to the
 * identity provider without the Content-Security-Policy's form-action getting in the way.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

    public record SignedOut(String endSessionUrl) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "agora.oidc.provider-url", defaultValue = "http://127.0.0.1:8180/realms/consult")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "agora.oidc.client-id", defaultValue = "consult-server")
    String clientId;

    @DELETE
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "trainer", "admin"})
    @Operation(summary = "Sign out: end this session and get the identity provider's sign-out address")
    public SignedOut signOut() {
        String idToken = request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() != null
                ? principal.getOidcSecurityContext().getIDTokenString() : null;
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.FINE, "logout after session invalidation", e);
        }
        String home = UriBuilder.fromUri(request.getRequestURL().toString()).replacePath("/").replaceQuery(null)
                .build().toString();
        var endSession = UriBuilder.fromUri(providerUrl).path("protocol/openid-connect/logout")
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", home);
        if (idToken != null) {
            endSession.queryParam("id_token_hint", idToken);
        }
        return new SignedOut(endSession.build().toString());
    }
}
