package org.agora.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.boundary.ModerationViews.CaseDetail;
import org.agora.moderation.boundary.ModerationViews.CasePage;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.boundary.ModerationViews.FlagView;
import org.agora.moderation.boundary.ModerationViews.PendingCount;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.entity.AuditEntry;
import org.agora.moderation.entity.Decision;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.Origin;

/** The moderators' queue: what waits, per round, one case in detail, and who has taken which case. */
@Stateless
public class Queue {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    CaseBook cases;

    /** What to list: by round, reason, origin and state ({@code state} empty: every case waiting for a moderator). */
    public record Filter(Optional<Long> round, Optional<ReasonCode> reason, Optional<Origin> origin,
            Optional<CaseState> state) {

        public static Filter waiting() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    // every listing is cut to the realms the moderator acts in: the live queue, or their training runs' (ADR 0009)

    /** Cases by score (highest first) then age (oldest first). */
    public CasePage queue(Moderator moderator, Filter filter, int page, int size) {
        var where = new StringBuilder(" WHERE c.realm IN :realms AND ");
        where.append(filter.state().isPresent() ? "c.state = :state" : "c.state IN :waiting");
        filter.round().ifPresent(r -> where.append(" AND c.roundId = :round"));
        filter.reason().ifPresent(r -> where.append(" AND c.topReason = :reason"));
        filter.origin().ifPresent(o -> where.append(" AND c.origin = :origin"));
        var query = em.createQuery("SELECT c FROM ModerationCase c" + where
                + " ORDER BY c.score DESC, c.openedAt, c.id", ModerationCase.class);
        var count = em.createQuery("SELECT COUNT(c) FROM ModerationCase c" + where, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("realms", moderator.realms());
            if (filter.state().isPresent()) {
                q.setParameter("state", filter.state().get());
            } else {
                q.setParameter("waiting", waiting());
            }
            filter.round().ifPresent(r -> q.setParameter("round", r));
            filter.reason().ifPresent(r -> q.setParameter("reason", r));
            filter.origin().ifPresent(o -> q.setParameter("origin", o));
        }
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultStream().map(CaseBook::summary)
                .toList();
        return new CasePage(items, page, size, count.getSingleResult());
    }

    static List<CaseState> waiting() {
        return List.of(CaseState.OPEN, CaseState.CLAIMED, CaseState.APPEALED);
    }

    /** Cases waiting for a moderator, per round. */
    public List<PendingCount> pendingCounts(Moderator moderator) {
        return em.createQuery("SELECT c.roundId, COUNT(c) FROM ModerationCase c WHERE c.state IN :waiting"
                + " AND c.realm IN :realms GROUP BY c.roundId ORDER BY c.roundId", Object[].class)
                .setParameter("waiting", waiting()).setParameter("realms", moderator.realms())
                .getResultStream().map(r -> new PendingCount((Long) r[0], ((Number) r[1]).longValue())).toList();
    }

    public CaseDetail detail(Moderator moderator, long caseId) {
        var c = cases.find(moderator, caseId);
        var flags = cases.flags(c).stream()
                .map(f -> new FlagView(f.reason().name(), f.details().orElse(null), f.weight(), f.outcome().name(),
                        f.createdAt(), f.staff())).toList();
        var decisions = em.createNamedQuery(Decision.OF_CASE, Decision.class).setParameter("case", caseId)
                .getResultStream().map(Appeals::view).toList();
        var appeal = Appeals.appealOf(em, caseId).map(Appeals::view).orElse(null);
        var log = em.createNamedQuery(AuditEntry.OF_CASE, AuditEntry.class).setParameter("case", caseId)
                .getResultStream().map(ModerationLog::view).toList();
        return new CaseDetail(CaseBook.summary(c), c.screening().orElse(null), flags, decisions, appeal, log);
    }

    public CaseSummary claim(Moderator moderator, long caseId) {
        var c = cases.find(moderator, caseId);
        var now = cases.now(c.roundId());
        var before = c.apply(CaseAction.CLAIM, now);
        c.claim(moderator.participantId(), moderator.name());
        cases.audit(c, "claim", moderator.participantId(), moderator.name(), before, c.state(), null, null, now);
        cases.changed(c);
        return CaseBook.summary(c);
    }

    public CaseSummary release(Moderator moderator, long caseId) {
        var c = cases.find(moderator, caseId);
        var now = cases.now(c.roundId());
        var before = c.apply(CaseAction.RELEASE, now);
        c.release();
        cases.audit(c, "release", moderator.participantId(), moderator.name(), before, c.state(), null, null, now);
        cases.changed(c);
        return CaseBook.summary(c);
    }
}
