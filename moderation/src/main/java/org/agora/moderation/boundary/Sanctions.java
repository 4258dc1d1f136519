package org.agora.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.agora.moderation.entity.Sanction;

/**
 * Warnings, mutes and blocks in force. Sanctions are imposed by decisions on a case ({@link Decisions}) and lifted by
 * undoing or reversing them; this boundary answers whether a participant may take part now.
 */
@Stateless
public class Sanctions {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.agora.moderation.control.CaseBook cases;

    /** The block or mute that stops the participant from taking part now, the block first, if there is one. */
    public Optional<ContributorRestricted> restriction(long participantId) {
        return restriction(participantId, clock.instant());
    }

    /** The same, at the round's "now" (a training run's scenario time). */
    public Optional<ContributorRestricted> restrictionIn(long roundId, long participantId) {
        return restriction(participantId, cases.now(roundId));
    }

    private Optional<ContributorRestricted> restriction(long participantId, Instant now) {
        Sanction block = null;
        Sanction mute = null;
        for (var s : em.createNamedQuery(Sanction.ACTIVE_RESTRICTIONS, Sanction.class)
                .setParameter("participant", participantId).getResultList()) {
            if (!s.restricts(now)) {
                continue;
            }
            if (s.kind() == Sanction.Kind.BLOCK) {
                if (block == null || lasts(s).isAfter(lasts(block))) {
                    block = s;
                }
            } else if (mute == null || lasts(s).isAfter(lasts(mute))) {
                mute = s;
            }
        }
        if (block != null) {
            return Optional.of(ContributorRestricted.blocked(block.until().orElse(null)));
        }
        return Optional.ofNullable(mute).map(m -> ContributorRestricted.muted(m.until().orElseThrow()));
    }

    /** Refuses (403) a participant who is blocked: for steps other than posting (reporting, supporting, endorsing). */
    public void requireNotBlocked(long participantId) {
        restriction(participantId).filter(r -> r.slug().equals("blocked")).ifPresent(r -> {
            throw r;
        });
    }

    private static Instant lasts(Sanction s) {
        return s.until().orElse(Instant.MAX);
    }
}
