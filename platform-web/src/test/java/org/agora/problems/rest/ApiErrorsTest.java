package org.agora.problems.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    /** A response that remembers status, content type and body; nothing is committed until asked. */
    static final class Recorded {
        int status = 200;
        String contentType;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse response() {
            var out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "isCommitted" -> false;
                        case "getStatus" -> status;
                        default -> null;
                    });
        }

        jakarta.json.JsonObject json() {
            return Json.createReader(new StringReader(body.toString(StandardCharsets.UTF_8))).readObject();
        }
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(ApiErrorsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getRequestURI") ? "/api/things" : null);
    }

    @Test
    void a_failure_that_escapes_the_mappers_is_a_problem_with_an_incident_and_no_trace() throws Exception {
        var recorded = new Recorded();
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("RESTEASY003880: Unable to find contextual data of type UriInfo");
        };
        new ApiErrors().doFilter(request(), recorded.response(), failing);
        assertThat(recorded.status).isEqualTo(500);
        assertThat(recorded.contentType).isEqualTo("application/problem+json");
        var problem = recorded.json();
        assertThat(problem.getString("type")).isEqualTo("/problems/internal");
        assertThat(problem.getString("incident")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo("/api/things");
        assertThat(problem.toString()).doesNotContain("RESTEASY").doesNotContain("Exception");
    }

    @Test
    void an_error_page_the_container_would_render_as_html_is_a_problem_document() throws Exception {
        var recorded = new Recorded();
        FilterChain tooLarge = (req, res) -> ((HttpServletResponse) res).sendError(413, "<html>Too big</html>");
        new ApiErrors().doFilter(request(), recorded.response(), tooLarge);
        assertThat(recorded.status).isEqualTo(413);
        assertThat(recorded.contentType).isEqualTo("application/problem+json");
        assertThat(recorded.json().getString("type")).isEqualTo("/problems/too-large");
        assertThat(recorded.body.toString(StandardCharsets.UTF_8)).doesNotContain("<html>");
    }
}
