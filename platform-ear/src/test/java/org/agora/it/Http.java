package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for whole-application tests: real requests over the loopback, JSON parsed with Parsson. */
public final class Http {

    private final URI base;
    private final String bearer;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Http(URL base) {
        this(URI.create(base.toExternalForm()), null);
    }

    private Http(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The same client, sending this access token on every request. */
    public Http as(String token) {
        return new Http(base, token);
    }

    /** The same client without a token. */
    public Http anonymous() {
        return new Http(base, null);
    }

    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray jsonArray() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** Asserts an RFC 9457 problem document of the given status and type, with no internals leaking out. */
        public JsonObject assertProblem(int expectedStatus, String expectedType) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("RESTEASY");
            var problem = json();
            assertThat(problem.getString("type")).isEqualTo("/problems/" + expectedType);
            assertThat(problem.getInt("status")).isEqualTo(expectedStatus);
            assertThat(problem.getString("title")).isNotBlank();
            return problem;
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().header("Accept", "application/json"));
    }

    public Reply postJson(String path, String json, String... headers) {
        var builder = HttpRequest.newBuilder(resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    public Reply send(String method, String path, String contentType, String body) {
        var builder = HttpRequest.newBuilder(resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    public Reply sendBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Accept", "application/json"));
    }

    /** POSTs raw bytes with extra headers given as name, value pairs. */
    public Reply postBytes(String path, String contentType, byte[] body, String... headers) {
        return postStream(path, contentType, () -> new java.io.ByteArrayInputStream(body), headers);
    }

    /**
     * POSTs a body read from a stream, sent chunked (no {@code Content-Length}), so a large body never has to be
     * in memory and the server sees it arrive as a stream.
     */
    public Reply postStream(String path, String contentType, java.util.function.Supplier<java.io.InputStream> body,
            String... headers) {
        var builder = HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .header("Accept", "application/json");
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** GETs raw bytes (a download), with no {@code Accept} header. */
    public HttpResponse<byte[]> download(String path) {
        var builder = HttpRequest.newBuilder(resolve(path)).GET().timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a server-sent event stream: returns its status and headers, the body only when it is an error (a
     * problem document), and hands an open stream's lines to {@code lines} (null: close it at once).
     */
    public Reply openStream(String path, java.util.function.Consumer<java.util.stream.Stream<String>> lines) {
        var builder = HttpRequest.newBuilder(resolve(path)).GET().header("Accept", "text/event-stream");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() >= 400) {
                return new Reply(response.statusCode(), response.headers().map(),
                        String.join("\n", response.body().toList()));
            }
            try (var body = response.body()) {
                if (lines != null) {
                    lines.accept(body);
                }
            }
            return new Reply(response.statusCode(), response.headers().map(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Reply send(HttpRequest.Builder builder) {
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            var response = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
