package org.agora.broadcasts.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.agora.broadcasts.control.ReaderHash.Reader;
import org.agora.identity.rest.CurrentActor;

/**
 * Who is reading, for reach: the participant when signed in, otherwise the request's network address and
 * User-Agent. The address is the TCP peer as WildFly reports it: behind a load balancer, enable WildFly's
 * {@code proxy-address-forwarding} so it is the client's (X-Forwarded-For is not read here, as any client could set
 * it). Nothing of this is stored: the boundary keeps only a keyed hash.
 */
@RequestScoped
public class Readers {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentActor actor;

    public Reader current() {
        return actor.optional().map(a -> Reader.participant(a.participantId()))
                .orElseGet(() -> Reader.anonymous(request.getRemoteAddr(), request.getHeader("User-Agent")));
    }
}
