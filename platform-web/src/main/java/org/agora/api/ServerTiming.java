package org.agora.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.agora.schema.SqlStatements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When {@code agora.diagnostics.server-timing} is on, every API response carries
 * {@code Server-Timing: sql;desc="N statements"}: how many SQL statements the request cost, visible in a browser's
 * developer tools and used by the tests that prove a page is loaded in a bounded number of queries. Off by default
 * (it tells outsiders something about the implementation).
 */
@Provider
@ApplicationScoped
@Priority(1)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "agora.diagnostics.server-timing", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        SqlStatements.reset();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().add("Server-Timing",
                    "sql;desc=\"" + SqlStatements.onThisThread() + " statements\"");
        }
    }
}
