package org.agora.identity.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Write rate limits, per participant and per client address, in the spirit of Discourse's defaults: bursts are
 * allowed, sustained floods are not. Reads are never throttled here. Over the limit: 429 with {@code Retry-After}.
 * Limits are per server node (documented in docs/operations.md) and configurable:
 * {@code agora.rate.participant.burst} / {@code .per-minute}, {@code agora.rate.address.burst} / {@code .per-minute}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 10)
public class WriteThrottle implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "agora.rate.participant.burst", defaultValue = "30")
    int participantBurst;

    @Inject
    @ConfigProperty(name = "agora.rate.participant.per-minute", defaultValue = "20")
    int participantPerMinute;

    @Inject
    @ConfigProperty(name = "agora.rate.address.burst", defaultValue = "120")
    int addressBurst;

    @Inject
    @ConfigProperty(name = "agora.rate.address.per-minute", defaultValue = "60")
    int addressPerMinute;

    @Inject
    CurrentActor actor;

    @Context
    HttpServletRequest servletRequest;

    private TokenBuckets participants;
    private TokenBuckets addresses;

    @PostConstruct
    void limits() {
        participants = new TokenBuckets(participantBurst, participantPerMinute, 100_000, System::nanoTime);
        addresses = new TokenBuckets(addressBurst, addressPerMinute, 100_000, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (CsrfGuard.SAFE.contains(request.getMethod())) {
            return;
        }
        OptionalLong wait = addresses.take("a:" + servletRequest.getRemoteAddr());
        if (wait.isEmpty()) {
            wait = actor.subject().map(subject -> participants.take("p:" + subject)).orElse(OptionalLong.empty());
        }
        if (wait.isPresent()) {
            throw new WebApplicationException(Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build());
        }
    }
}
