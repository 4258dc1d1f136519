package org.agora.problems.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Nothing but problem+json leaves {@code /api}: whatever escapes JAX-RS's own mappers (a failure while the response
 * is completed, an error page the container would render as HTML for a status it sets itself) is answered here as a
 * problem document, with an incident id in place of any stack trace.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiErrors extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var wrapped = new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                sendError(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                if (isCommitted()) {
                    super.sendError(status);
                    return;
                }
                var known = WebApplicationMapper.describe(status);
                write(response, request, status, known.slug(), known.title(), known.detail(), null);
            }
        };
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected failure outside the API's own mappers", e);
            if (response.isCommitted()) {
                return; // the status line went out already: nothing better can be sent now
            }
            response.reset();
            write(response, request, 500, "internal", "Something went wrong on our side",
                    "The failure has been logged as incident " + incident + ". Please try again later.", incident);
        }
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, int status, String slug,
            String title, String detail, String incident) throws IOException {
        var body = Json.createObjectBuilder().add("type", Problems.TYPE_PREFIX + slug).add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        body.add("instance", request.getRequestURI());
        if (incident != null) {
            body.add("incident", incident);
        }
        byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
