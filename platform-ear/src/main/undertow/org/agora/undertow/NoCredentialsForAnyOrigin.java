package org.agora.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * An Undertow filter for the whole server: a response that allows any origin ({@code Access-Control-Allow-Origin:
 * *}) never also allows credentials. WildFly's OpenAPI endpoint sends both, which browsers refuse and security
 * scanners rightly flag; the header is removed as the response is committed, after every handler has set its
 * headers.
 */
public class NoCredentialsForAnyOrigin implements HttpHandler {

    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_CREDENTIALS = new HttpString("Access-Control-Allow-Credentials");

    private final HttpHandler next;

    public NoCredentialsForAnyOrigin(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(committing -> {
            var headers = committing.getResponseHeaders();
            if ("*".equals(headers.getFirst(ALLOW_ORIGIN))) {
                headers.remove(ALLOW_CREDENTIALS);
            }
        });
        next.handleRequest(exchange);
    }
}
