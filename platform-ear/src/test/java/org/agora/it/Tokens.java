package org.agora.it;

import java.security.Key;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Access tokens as Keycloak would issue them for the demo realm, signed by the {@link TestIssuer}. */
public final class Tokens {

    public static final String AUDIENCE = "consult-server";

    private Tokens() {
    }

    /** Someone with the given realm roles; {@code agency} may be null. A fresh subject each call. */
    public static String person(String username, String agency, String... roles) {
        return mint(claims(username, agency, roles), TestIssuer.key().getPrivateKey(), AlgorithmIdentifiers.RSA_USING_SHA256,
                TestIssuer.key().getKeyId());
    }

    public static String citizen() {
        return person(unique("citizen"), null, "citizen");
    }

    public static String officer(String agency) {
        return person(unique("officer"), agency, "agency");
    }

    public static String admin() {
        return person(unique("admin"), null, "admin");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A token with the claims changed, still properly signed. */
    public static String tampered(Consumer<JwtClaims> change) {
        var claims = claims(unique("officer"), "Transport", "agency");
        change.accept(claims);
        return mint(claims, TestIssuer.key().getPrivateKey(), AlgorithmIdentifiers.RSA_USING_SHA256,
                TestIssuer.key().getKeyId());
    }

    /** Signed with a key the issuer never published, but claiming the issuer's key id. */
    public static String forged() {
        try {
            var stranger = RsaJwkGenerator.generateJwk(2048);
            return mint(claims(unique("mallory"), "Transport", "agency", "admin"), stranger.getPrivateKey(),
                    AlgorithmIdentifiers.RSA_USING_SHA256, TestIssuer.key().getKeyId());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unsigned ({@code alg: none}). */
    public static String unsigned() {
        return mint(claims(unique("mallory"), "Transport", "agency", "admin"), null, AlgorithmIdentifiers.NONE,
                null);
    }

    static JwtClaims claims(String username, String agency, String... roles) {
        var claims = new JwtClaims();
        claims.setIssuer(TestIssuer.ISSUER);
        claims.setSubject(UUID.randomUUID().toString());
        claims.setAudience(AUDIENCE, "account");
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setIssuedAtToNow();
        claims.setGeneratedJwtId();
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "consult-web");
        claims.setClaim("preferred_username", username);
        claims.setClaim("realm_access", java.util.Map.of("roles", List.copyOf(Arrays.asList(roles))));
        if (agency != null) {
            claims.setClaim("agency", agency);
        }
        return claims;
    }

    static String mint(JwtClaims claims, Key key, String algorithm, String keyId) {
        var jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        if (key != null) {
            jws.setKey(key);
        } else {
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
