package org.agora.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.moderation.boundary.ModerationViews.AppealView;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.boundary.ModerationViews.DecisionView;
import org.agora.moderation.boundary.ModerationViews.Notice;
import org.agora.moderation.control.AppealRules;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.CaseRefused;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.DecisionRules;
import org.agora.moderation.entity.Appeal;
import org.agora.moderation.entity.Decision;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.ContentState;
import org.agora.moderation.entity.ModerationCase.Origin;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;

/**
 * Due process for authors: what moderation did to their content and why (their notices), one appeal per decision,
 * and the ruling by a moderator other than the one who decided.
 */
@Stateless
public class Appeals {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    CaseBook cases;


    /** The author's newest 100 notices: three queries (cases, their decisions, their appeals) whatever the count. */
    public List<Notice> noticesFor(long authorId) {
        var found = em.createQuery("SELECT c FROM ModerationCase c WHERE c.authorId = :author"
                + " AND (c.decidedBy IS NOT NULL OR c.contentState <> :visible) ORDER BY c.updatedAt DESC",
                ModerationCase.class).setParameter("author", authorId).setParameter("visible", ContentState.VISIBLE)
                .setMaxResults(100).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(ModerationCase::id).toList();
        var byCase = em.createNamedQuery(Decision.OF_CASES, Decision.class).setParameter("cases", ids)
                .getResultStream().collect(Collectors.groupingBy(Decision::caseId));
        var appeals = em.createNamedQuery(Appeal.OF_CASES, Appeal.class).setParameter("cases", ids)
                .getResultStream().collect(Collectors.toMap(Appeal::caseId, a -> a, (a, b) -> a));
        return found.stream().map(c -> notice(c, CaseBook.inForce(byCase.getOrDefault(c.id(), List.of())),
                Optional.ofNullable(appeals.get(c.id())))).toList();
    }

    private Notice notice(ModerationCase c) {
        return notice(c, cases.lastDecision(c), appealOf(em, c.id()));
    }

    private static Notice notice(ModerationCase c, Optional<Decision> last, Optional<Appeal> appeal) {
        boolean canAppeal = c.state() == CaseState.ACTIONED && appeal.isEmpty();
        String pending = switch (c.origin()) {
            case SCREENING -> "held-by-screening";
            case PRE_MODERATION -> "held-for-pre-moderation";
            case FLAGS -> "hidden-pending-review";
        };
        boolean waiting = c.contentState() == ContentState.HELD && c.origin() != Origin.FLAGS
                && !c.state().isDecided();
        return new Notice(c.id(), c.contentType(), c.contentId(), c.link(), c.contentState().name(),
                waiting ? pending : last.map(d -> d.action().slug()).orElse(pending),
                last.flatMap(Decision::reasonCode).map(Enum::name).orElse(c.topReason().map(Enum::name).orElse(null)),
                waiting ? c.screening().orElse(null) : last.map(Decision::statement).orElse(c.screening().orElse(null)),
                waiting ? null : last.map(Decision::createdAt).orElse(null), canAppeal,
                appeal.map(Appeals::view).orElse(null));
    }

    public Notice appeal(Moderator author, long caseId, String statement) {
        var c = cases.find(caseId);
        if (c.authorId() != author.participantId()) {
            throw new Forbidden("Only the author of the content can appeal this decision.");
        }
        if (statement == null || statement.isBlank()) {
            throw new InvalidField("statement", "say why the decision should change");
        }
        if (appealOf(em, caseId).isPresent()) {
            throw new CaseRefused("appeal-already-made", "You have already appealed this decision.");
        }
        var now = cases.now(c.roundId());
        var before = c.apply(CaseAction.APPEAL, now);
        em.persist(new Appeal(c.id(), author.participantId(), statement, c.decidedBy().orElseThrow(), now));
        em.flush();
        cases.audit(c, "appeal", author.participantId(), author.name(), before, c.state(), null, statement, now);
        cases.changed(c);
        return notice(c);
    }

    public CaseSummary ruleOnAppeal(Moderator moderator, long caseId, boolean uphold, String statement) {
        var c = cases.find(moderator, caseId);
        var appeal = appealOf(em, caseId)
                .orElseThrow(() -> new CaseRefused("case-not-appealed", "No appeal to rule on."));
        AppealRules.checkReviewer(appeal.appealedDecisionBy(), moderator.participantId());
        var action = uphold ? CaseAction.UPHOLD : CaseAction.REVERSE;
        DecisionRules.check(action, null, statement);
        var now = cases.now(c.roundId());
        var decision = cases.lastDecision(c).orElseThrow();
        var before = c.apply(action, now);
        if (!uphold) {
            cases.revert(c, decision.action());
        }
        appeal.decide(moderator.participantId(), uphold ? Appeal.Outcome.UPHELD : Appeal.Outcome.REVERSED, statement,
                now);
        em.persist(new Decision(c.id(), action, null, statement, moderator.participantId(), moderator.name(),
                before, c.state(), now));
        cases.audit(c, action.slug(), moderator.participantId(), moderator.name(), before, c.state(), null, statement,
                now);
        cases.changed(c);
        return CaseBook.summary(c);
    }

    /** Who decided what the appeal is about, for pages that must not offer that moderator the ruling. */
    public Optional<Long> appealedDecisionBy(long caseId) {
        return appealOf(em, caseId).filter(a -> a.outcome().isEmpty()).map(Appeal::appealedDecisionBy);
    }

    static Optional<Appeal> appealOf(EntityManager em, long caseId) {
        return em.createNamedQuery(Appeal.OF_CASE, Appeal.class).setParameter("case", caseId).getResultStream()
                .findFirst();
    }

    static DecisionView view(Decision d) {
        return new DecisionView(d.action().slug(), d.reasonCode().map(Enum::name).orElse(null), d.statement(),
                d.moderatorName(), d.stateBefore().name(), d.stateAfter().name(), d.createdAt());
    }

    static AppealView view(Appeal a) {
        return new AppealView(a.statement(), a.createdAt(), a.outcome().map(Enum::name).orElse(null),
                a.answer().orElse(null), a.decidedAt().orElse(null));
    }
}
