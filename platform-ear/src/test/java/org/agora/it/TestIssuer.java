package org.agora.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * A stand-in OpenID provider for integration tests: serves the discovery document and the JWKS that WildFly's OIDC
 * client fetches, so tests can mint tokens for any person and role without a running Keycloak. One per test JVM,
 * on 127.0.0.1:8299 (the test server is started with agora.oidc.provider-url pointing here).
 */
public final class TestIssuer {

    public static final int PORT = 8299;
    public static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/consult";

    private static RsaJsonWebKey key;
    private static HttpServer server;

    private TestIssuer() {
    }

    public static synchronized RsaJsonWebKey key() {
        start();
        return key;
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("agora-it-" + Long.toHexString(System.nanoTime()));
            key.setAlgorithm("RS256");
            key.setUse("sig");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 16);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("test issuer cannot listen on 127.0.0.1:" + PORT, e);
        }
        String base = "/realms/consult";
        String discovery = "{\"issuer\":\"" + ISSUER + "\","
                + "\"authorization_endpoint\":\"" + ISSUER + "/protocol/openid-connect/auth\","
                + "\"token_endpoint\":\"" + ISSUER + "/protocol/openid-connect/token\","
                + "\"userinfo_endpoint\":\"" + ISSUER + "/protocol/openid-connect/userinfo\","
                + "\"end_session_endpoint\":\"" + ISSUER + "/protocol/openid-connect/logout\","
                + "\"jwks_uri\":\"" + ISSUER + "/protocol/openid-connect/certs\","
                + "\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        String jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        server.createContext(base + "/.well-known/openid-configuration", exchange -> json(exchange, discovery));
        server.createContext(base + "/protocol/openid-connect/certs", exchange -> json(exchange, jwks));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
