package org.agora.identity.rest;

import java.util.Optional;
import org.wildfly.security.http.oidc.JsonWebToken;

/**
 * The few claims the platform uses. The public display name is the person's chosen user name, never their real
 * name or e-mail address, which are personal data the platform does not need. Nothing else from the token is kept.
 */
record TokenClaims(String subject, String displayName, Optional<String> agency) {

    static TokenClaims of(JsonWebToken token) {
        String name = firstNonBlank(token.getPreferredUsername(), token.getSubject());
        return new TokenClaims(token.getSubject(), name,
                Optional.ofNullable(token.getClaimValueAsString("agency")).filter(a -> !a.isBlank()));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
