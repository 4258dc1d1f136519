package org.agora.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.agora.identity.entity.Participant;
import org.agora.identity.entity.Role;

/** Enrolment: turns what the identity provider vouched for into an {@link Actor}. */
@Stateless
public class Participants {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Finds the participant with this subject, creating it on first sight, and returns the actor for this request.
     * Two first requests racing may both try to create it; the loser's transaction fails on the unique subject and
     * the caller retries once, then finds it.
     */
    public Actor enroll(String subject, String displayName, Optional<String> agency, Set<Role> roles) {
        var now = clock.instant();
        var participant = em.createNamedQuery(Participant.BY_SUBJECT, Participant.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (participant == null) {
            participant = new Participant(subject, displayName, agency.orElse(null), now);
            em.persist(participant);
            em.flush();
        } else {
            participant.seen(displayName, agency.orElse(null), now);
        }
        return new Actor(participant.id(), participant.displayName(), roles, participant.agency());
    }
}
