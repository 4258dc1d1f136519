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
 * Write rate limits in the spirit of Discourse's defaults: bursts are allowed, sustained floods are not. A signed-in
 * writer is limited as a participant, never by the address they share with a whole office or a mobile network;
 * a write without a participant is limited by its client address, which {@code X-Forwarded-For} names only when the
 * connection comes from a trusted proxy ({@code agora.http.trusted-proxies}, see {@link ClientAddresses}). Reads are
 * never throttled here. Over the limit: 429 with {@code Retry-After}. Limits are per server node (documented in
 * docs/operations.md) and configurable: {@code agora.rate.participant.burst} / {@code .per-minute},
 * {@code agora.rate.address.burst} / {@code .per-minute}.
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

    /** Proxies whose {@code X-Forwarded-For} is believed: addresses or CIDR ranges, comma separated. */
    @Inject
    @ConfigProperty(name = "agora.http.trusted-proxies")
    java.util.Optional<String> trustedProxies;

    @Inject
    CurrentActor actor;

    @Context
    HttpServletRequest servletRequest;

    private TokenBuckets participants;
    private TokenBuckets addresses;
    private ClientAddresses clients;

    @PostConstruct
    void limits() {
        participants = new TokenBuckets(participantBurst, participantPerMinute, 100_000, System::nanoTime);
        addresses = new TokenBuckets(addressBurst, addressPerMinute, 100_000, System::nanoTime);
        clients = ClientAddresses.trusting(trustedProxies.orElse(""));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (CsrfGuard.SAFE.contains(request.getMethod())) {
            return;
        }
        var subject = actor.subject();
        OptionalLong wait = subject.isPresent() ? participants.take("p:" + subject.get())
                : addresses.take("a:" + clients.client(servletRequest.getRemoteAddr(),
                        servletRequest.getHeader("X-Forwarded-For")));
        if (wait.isPresent()) {
            throw new WebApplicationException(Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build());
        }
    }
}
