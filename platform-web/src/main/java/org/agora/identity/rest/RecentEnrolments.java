package org.agora.identity.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;

/**
 * The people this node enrolled in the last few minutes, by token subject, so that each request of someone already
 * known skips the enrolment transaction (a query, a commit). An entry answers only while the identity provider still
 * vouches for the same name and agency; roles always come from the current token. After {@link #KEEP} the next
 * request enrols again, which also records the visit ("last seen" is kept to the hour, so five minutes more do not
 * matter). Participants are never deleted, so a remembered id cannot dangle. Memory is bounded by {@code maxEntries}.
 */
@ApplicationScoped
public class RecentEnrolments {

    static final Duration KEEP = Duration.ofMinutes(5);

    private record Entry(String claimedName, Optional<String> claimedAgency, long participantId, String displayName,
            Optional<String> agency, long enrolledAt) {
    }

    private final ConcurrentHashMap<String, Entry> bySubject = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final int maxEntries;

    public RecentEnrolments() {
        this(System::nanoTime, 50_000);
    }

    RecentEnrolments(LongSupplier nanoTime, int maxEntries) {
        this.nanoTime = nanoTime;
        this.maxEntries = maxEntries;
    }

    /** The actor for these claims if this node enrolled them recently, with the roles of this request's token. */
    Optional<Actor> find(TokenClaims claims, Set<Role> roles) {
        var entry = bySubject.get(claims.subject());
        if (entry == null || nanoTime.getAsLong() - entry.enrolledAt() >= KEEP.toNanos()
                || !entry.claimedName().equals(claims.displayName())
                || !entry.claimedAgency().equals(claims.agency())) {
            return Optional.empty();
        }
        return Optional.of(new Actor(entry.participantId(), entry.displayName(), roles, entry.agency()));
    }

    /** Notes that these claims were just enrolled as this actor. */
    void remember(TokenClaims claims, Actor actor) {
        if (bySubject.size() >= maxEntries) {
            long now = nanoTime.getAsLong();
            bySubject.values().removeIf(e -> now - e.enrolledAt() >= KEEP.toNanos());
            if (bySubject.size() >= maxEntries) {
                bySubject.clear();
            }
        }
        bySubject.put(claims.subject(), new Entry(claims.displayName(), claims.agency(), actor.participantId(),
                actor.displayName(), actor.agency(), nanoTime.getAsLong()));
    }

    int size() {
        return bySubject.size();
    }
}
