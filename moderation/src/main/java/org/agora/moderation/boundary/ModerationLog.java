package org.agora.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agora.moderation.boundary.ModerationViews.AuditView;
import org.agora.moderation.entity.AuditEntry;

/** The append-only moderation log, as its readers may see it. */
@Stateless
public class ModerationLog {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** The round's moderation log, oldest first. {@code redactFlaggers} hides who flagged (for agency readers). */
    public List<AuditView> log(long roundId, boolean redactFlaggers) {
        return em.createNamedQuery(AuditEntry.OF_ROUND, AuditEntry.class).setParameter("round", roundId)
                .getResultStream().map(ModerationLog::view)
                .map(a -> redactFlaggers && a.action().equals("flag")
                        ? new AuditView(a.id(), a.roundId(), a.caseId(), a.contentType(), a.contentId(), a.action(),
                                "a participant", a.stateBefore(), a.stateAfter(), a.reasonCode(), null,
                                a.occurredAt())
                        : a)
                .toList();
    }

    static AuditView view(AuditEntry a) {
        return new AuditView(a.id(), a.roundId(), a.caseId().orElse(null), a.contentType(), a.contentId(),
                a.action(), a.actorName(), a.stateBefore().orElse(null), a.stateAfter().orElse(null),
                a.reasonCode().orElse(null), a.statement().orElse(null), a.occurredAt());
    }
}
