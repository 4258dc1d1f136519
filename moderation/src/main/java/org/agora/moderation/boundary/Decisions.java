package org.agora.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.boundary.ContentEffect.Effect;
import org.agora.moderation.boundary.ModerationViews.BulkResult;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.boundary.ModerationViews.Refusal;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.CaseRefused;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.DecisionRules;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.entity.Decision;
import org.agora.moderation.entity.Flag;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.ContentState;
import org.agora.moderation.entity.ModerationCase.EscalationLevel;
import org.agora.moderation.entity.ModerationCase.Origin;
import org.agora.moderation.entity.Sanction;
import org.agora.problems.DomainProblem;
import org.agora.problems.InvalidField;

/**
 * Moderators' decisions on a case, each with a reason code where it restricts and a statement of reasons: approve,
 * hide, remove, warn, mute, block, lock the thread; escalation to the round's agency or, a level above, to the legal
 * team; undo; purge after a removal; an official reply under the content.
 */
@Stateless
public class Decisions {

    /** Escalations wait this long for an answer unless the moderator says otherwise. */
    static final int AGENCY_DAYS = 2;
    static final int LEGAL_DAYS = 5;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CaseBook cases;

    @Inject
    Event<OfficialReply> replies;

    /**
     * A decision on a case: approve, hide, remove, warn, mute, block, lock the thread, escalate to the agency or to
     * legal, or record the agency's answer. {@code days} is the mute or block length (a block without days is for
     * good) or the escalation's due time in days; ignored otherwise. {@code expectedVersion}, when given, must be
     * the case's version: a decision on text the moderator has not seen is refused ({@code case-changed}).
     */
    public CaseSummary decide(Moderator moderator, long caseId, CaseAction action, ReasonCode code, String statement,
            Integer days, Long expectedVersion) {
        var c = cases.find(moderator, caseId);
        boolean escalation = action == CaseAction.ESCALATE || action == CaseAction.ESCALATE_LEGAL
                || action == CaseAction.AGENCY_RESPONDS;
        if (!DecisionRules.isDecision(action) && !escalation) {
            throw CaseRefused.invalid("not-a-decision", action.slug() + " is not a decision; use its own endpoint");
        }
        if (expectedVersion != null && expectedVersion != c.version()) {
            throw new CaseRefused("case-changed", "The case changed while you were looking at it (the author may"
                    + " have edited the text, or another moderator acted). Read it again before deciding.");
        }
        DecisionRules.check(action, code, statement);
        if (escalation && (statement == null || statement.isBlank())) {
            throw CaseRefused.invalid("statement-required", action == CaseAction.AGENCY_RESPONDS
                    ? "Give the answer to the escalation" : "Say what you are asking to be answered");
        }
        if (action == CaseAction.ESCALATE_LEGAL && c.escalationLevel().filter(l -> l == EscalationLevel.LEGAL)
                .isPresent() && c.state() == CaseState.ESCALATED) {
            throw new CaseRefused("case-already-escalated", "The legal team already has this case.");
        }
        var now = cases.now(c.roundId());
        var before = c.apply(action, now);
        switch (action) {
            case APPROVE -> {
                if (c.contentState() != ContentState.VISIBLE) {
                    c.showContent(ContentState.VISIBLE);
                    cases.effect(c, Effect.SHOW, null);
                }
                cases.settleFlags(c, Flag.Outcome.DISAGREED);
            }
            case HIDE -> restrict(c, ContentState.HIDDEN, Effect.HIDE, code);
            case REMOVE -> restrict(c, ContentState.REMOVED, Effect.REMOVE, code);
            case WARN_AUTHOR -> sanction(c, Sanction.Kind.WARNING, null, statement, moderator, now);
            case MUTE_AUTHOR -> sanction(c, Sanction.Kind.MUTE, now.plus(Duration.ofDays(length(days, 7, 90,
                    "a mute lasts 1 to 90 days"))), statement, moderator, now);
            case BLOCK_AUTHOR -> sanction(c, Sanction.Kind.BLOCK, days == null ? null
                    : now.plus(Duration.ofDays(length(days, days, 3650, "a block lasts 1 to 3650 days, or for good"
                            + " when no days are given"))), statement, moderator, now);
            case LOCK_THREAD -> {
                cases.effect(c, Effect.LOCK, code.name());
                cases.settleFlags(c, Flag.Outcome.AGREED);
            }
            case ESCALATE -> c.escalateUntil(EscalationLevel.AGENCY,
                    now.plus(Duration.ofDays(days == null ? AGENCY_DAYS : Math.max(1, days))));
            case ESCALATE_LEGAL -> c.escalateUntil(EscalationLevel.LEGAL,
                    now.plus(Duration.ofDays(days == null ? LEGAL_DAYS : Math.max(1, days))));
            default -> {
                // AGENCY_RESPONDS: back in the queue with the answer in the statement
            }
        }
        if (DecisionRules.isDecision(action)) {
            c.decidedBy(moderator.participantId());
            em.persist(new Decision(c.id(), action, code, statement, moderator.participantId(), moderator.name(),
                    before, c.state(), now));
        }
        cases.audit(c, action.slug(), moderator.participantId(), moderator.name(), before, c.state(), code,
                statement, now);
        cases.changed(c);
        return CaseBook.summary(c);
    }

    private void restrict(ModerationCase c, ContentState state, Effect effect, ReasonCode code) {
        c.showContent(state);
        cases.effect(c, effect, code.name());
        cases.settleFlags(c, Flag.Outcome.AGREED);
    }

    private void sanction(ModerationCase c, Sanction.Kind kind, Instant until, String statement, Moderator moderator,
            Instant now) {
        em.persist(new Sanction(c.authorId(), kind, until, c.id(), statement, moderator.participantId(), now));
        cases.settleFlags(c, Flag.Outcome.AGREED);
    }

    private static int length(Integer days, int otherwise, int max, String rule) {
        int length = days == null ? otherwise : days;
        if (length < 1 || length > max) {
            throw new InvalidField("days", rule);
        }
        return length;
    }

    /** The same decision on several cases; each is decided or refused on its own (in its own transaction). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkResult decideAll(Moderator moderator, List<Long> caseIds, CaseAction action, ReasonCode code,
            String statement, Integer days) {
        var self = context.getBusinessObject(Decisions.class);
        var decided = new ArrayList<Long>();
        var refused = new ArrayList<Refusal>();
        for (long id : caseIds) {
            try {
                self.decide(moderator, id, action, code, statement, days, null);
                decided.add(id);
            } catch (DomainProblem e) {
                refused.add(new Refusal(id, e.slug(), e.detail()));
            }
        }
        return new BulkResult(decided, refused);
    }

    /** Undoes the decision in force (itself an audited decision). A removal whose text was purged cannot be. */
    public CaseSummary undo(Moderator moderator, long caseId, String statement) {
        var c = cases.find(moderator, caseId);
        DecisionRules.check(CaseAction.UNDO, null, statement);
        var last = cases.lastDecision(c).orElseThrow(() -> new CaseRefused("nothing-to-undo", "No decision to undo."));
        if (c.state() == CaseState.UPHELD || c.state() == CaseState.REVERSED) {
            throw new CaseRefused("ruling-is-final", "An appeal ruling is final; it is not undone.");
        }
        var now = cases.now(c.roundId());
        var before = c.apply(CaseAction.UNDO, now);
        cases.revert(c, last.action());
        em.persist(new Decision(c.id(), CaseAction.UNDO, null, statement, moderator.participantId(),
                moderator.name(), before, c.state(), now));
        cases.audit(c, "undo", moderator.participantId(), moderator.name(), before, c.state(), null,
                "undid " + last.action().slug() + ": " + statement, now);
        cases.changed(c);
        return CaseBook.summary(c);
    }

    /** Purges the text of removed content for good; only after a removal, and the removal's reason stays. */
    public CaseSummary purge(Moderator moderator, long caseId, String statement) {
        var c = cases.find(moderator, caseId);
        if (c.contentState() != ContentState.REMOVED || c.state() == CaseState.APPEALED) {
            throw new CaseRefused("purge-needs-removal",
                    "Only removed content whose appeal is not pending can be purged.");
        }
        if (statement == null || statement.isBlank()) {
            throw CaseRefused.invalid("statement-required", "Say why the text must be purged");
        }
        var now = cases.now(c.roundId());
        cases.effect(c, Effect.PURGE, c.topReason().map(Enum::name).orElse(null));
        c.purgeSnapshot();
        cases.forgetText(c.contentType(), c.contentId());
        cases.audit(c, "purge", moderator.participantId(), moderator.name(), c.state(), c.state(), null, statement,
                now);
        cases.changed(c);
        return CaseBook.summary(c);
    }

    /** Posts an official reply under the reported content (e.g. an adapted response template), audited. */
    public CaseSummary reply(Moderator moderator, long caseId, String markdown) {
        var c = cases.find(moderator, caseId);
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidField("text", "is required");
        }
        if (markdown.matches("(?s).*\\{[a-z_]+\\}.*")) {
            throw CaseRefused.invalid("template-not-filled",
                    "Replace the {placeholders} of the template before posting the reply.");
        }
        if (c.contentState() == ContentState.REMOVED) {
            throw new CaseRefused("content-removed", "The content was removed; there is nothing to reply under.");
        }
        var now = cases.now(c.roundId());
        replies.fire(new OfficialReply(c.ref(), moderator.participantId(), moderator.name(), markdown));
        cases.audit(c, "official-reply", moderator.participantId(), moderator.name(), c.state(), c.state(), null,
                markdown, now);
        cases.changed(c);
        return CaseBook.summary(c);
    }

    /** Escalated cases of the given rounds (those of an agency), oldest due first; optionally of one level. */
    public List<CaseSummary> escalated(List<Long> roundIds, Optional<EscalationLevel> level) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT c FROM ModerationCase c WHERE c.state = :state AND c.roundId IN :rounds"
                + (level.isPresent() ? " AND c.escalationLevel = :level" : "") + " ORDER BY c.escalatedDue, c.id",
                ModerationCase.class).setParameter("state", CaseState.ESCALATED).setParameter("rounds", roundIds);
        level.ifPresent(l -> query.setParameter("level", l));
        return query.setMaxResults(200).getResultStream().map(CaseBook::summary).toList();
    }

    /** The round a case belongs to (for the web layer's check that an agency owns it). */
    public long roundOf(long caseId) {
        return cases.find(caseId).roundId();
    }
}
