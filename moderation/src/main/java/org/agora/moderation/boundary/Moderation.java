package org.agora.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.moderation.boundary.ContentEffect.Effect;
import org.agora.moderation.boundary.ModerationViews.AppealView;
import org.agora.moderation.boundary.ModerationViews.AuditView;
import org.agora.moderation.boundary.ModerationViews.BulkResult;
import org.agora.moderation.boundary.ModerationViews.CaseDetail;
import org.agora.moderation.boundary.ModerationViews.CasePage;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.boundary.ModerationViews.DecisionView;
import org.agora.moderation.boundary.ModerationViews.FlagReceipt;
import org.agora.moderation.boundary.ModerationViews.FlagView;
import org.agora.moderation.boundary.ModerationViews.Notice;
import org.agora.moderation.boundary.ModerationViews.PendingCount;
import org.agora.moderation.boundary.ModerationViews.Refusal;
import org.agora.moderation.control.AppealRules;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseRefused;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.DecisionRules;
import org.agora.moderation.control.FlagReason;
import org.agora.moderation.control.FlagWeights;
import org.agora.moderation.control.Flagger;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.control.Submission;
import org.agora.moderation.control.Verdict;
import org.agora.moderation.entity.Appeal;
import org.agora.moderation.entity.AuditEntry;
import org.agora.moderation.entity.ContentRef;
import org.agora.moderation.entity.Decision;
import org.agora.moderation.entity.Flag;
import org.agora.moderation.entity.FlaggerRecord;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.ContentState;
import org.agora.moderation.entity.Sanction;

/**
 * Flags, the queue, decisions with reasons, sanctions, appeals, undo, and the audit log: one method per use case,
 * each one transaction. Every step writes an {@link AuditEntry}; every effect on content goes out as a
 * {@link ContentEffect} for the component that owns it; every change to a case is announced as a
 * {@link CaseChanged} after the transaction commits (the live queue listens).
 */
@Stateless
public class Moderation {

    /** Flag score at which an item is hidden pending review when its round says nothing (Decidim: 3 reports). */
    static final double AUTO_HIDE_THRESHOLD = FlagWeights.DEFAULT_THRESHOLD;

    @Inject
    @Any
    Instance<RoundRules> roundRules;


    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    Screens screens;

    @Inject
    @Any
    Instance<ContentSource> sources;

    @Inject
    Event<ContentEffect> effects;

    @Inject
    Event<RoundSlowMode> slowModes;

    @Inject
    Event<CaseChanged> changes;

    @Inject
    Event<OfficialReply> replies;

    private final FlagWeights weights = FlagWeights.defaults();

    // ---- screening --------------------------------------------------------------------------------------------

    /** Opens a case for content that screening held before anyone saw it. */
    public void held(ContentRef ref, List<String> rules, String explanation) {
        var now = clock.instant();
        var c = ModerationCase.held(ref, explanation, now);
        em.persist(c);
        em.flush();
        audit(c, "screening-hold", null, "screening", null, CaseState.OPEN, null,
                String.join(", ", rules) + ": " + explanation, now);
        changed(c);
    }

    /**
     * Screens a text that is either refused or posted as it is (nothing is held for it): a refusal is logged by
     * {@link #refused}, in its own transaction like every refusal, and its explanation returned; empty when the text
     * may be posted.
     */
    public Optional<String> refusal(long roundId, long authorId, String contentType, String text) {
        var result = screens.screen(new Submission(text, List.of(), List.of(), clock.instant()));
        if (result.verdict() != Verdict.REFUSE) {
            return Optional.empty();
        }
        context.getBusinessObject(Moderation.class).refused(roundId, authorId, contentType, result.rules(),
                result.explanation());
        return Optional.of(result.explanation());
    }

    /**
     * Records content that screening refused (nothing was stored, so there is no case): the log keeps it, in its own
     * transaction, since the post itself is rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long roundId, long authorId, String contentType, List<String> rules, String explanation) {
        var ref = new ContentRef(contentType, 0, "", "/", authorId, roundId);
        em.persist(new AuditEntry(ref, null, "screening-refuse", authorId, "screening", null, null, null,
                String.join(", ", rules) + ": " + explanation, clock.instant()));
    }

    /** Until when the participant may not post, if they are muted now. */
    public Optional<Instant> mutedUntil(long participantId) {
        var now = clock.instant();
        return em.createNamedQuery(Sanction.ACTIVE_MUTES, Sanction.class).setParameter("participant", participantId)
                .getResultStream().filter(s -> s.mutes(now)).map(s -> s.until().orElseThrow())
                .max(Instant::compareTo);
    }

    // ---- flags ------------------------------------------------------------------------------------------------

    public FlagReceipt flag(Moderator reporter, String contentType, long contentId, ReasonCode code,
            String details) {
        FlagReason reason;
        try {
            reason = new FlagReason(code, details);
        } catch (IllegalArgumentException e) {
            throw new ModerationRefused(400, "validation", e.getMessage());
        }
        var ref = source(contentType).find(contentId, reporter.participantId())
                .orElseThrow(() -> ModerationRefused.notFound(contentType + " " + contentId));
        if (ref.authorId() == reporter.participantId()) {
            throw new ModerationRefused(409, "own-content", "You cannot flag your own contribution.");
        }
        var now = clock.instant();
        var c = caseOf(contentType, contentId).orElse(null);
        if (c == null) {
            c = ModerationCase.flagged(ref, now);
            em.persist(c);
            em.flush();
        } else {
            c.refresh(ref);
            boolean already = em.createNamedQuery(Flag.OF_CASE, Flag.class).setParameter("case", c.id())
                    .getResultStream().anyMatch(f -> f.reporterId() == reporter.participantId());
            if (already) {
                throw new ModerationRefused(409, "already-flagged",
                        "You have already flagged this; moderators have your report.");
            }
        }
        var before = c.apply(CaseAction.FLAG, now);
        var record = em.find(FlaggerRecord.class, reporter.participantId());
        double weight = weights.weight(reporter.isModerator() ? Flagger.moderatorFlag()
                : record == null ? Flagger.newcomer() : Flagger.citizen(record.agreed(), record.disagreed()));
        var flag = new Flag(c.id(), reporter.participantId(), reason.code(), reason.details(), weight, now);
        em.persist(flag);
        audit(c, "flag", reporter.participantId(), reporter.name(), before, c.state(), reason.code(),
                reason.details(), now);
        double threshold = roundRules.isResolvable() ? roundRules.get().autoHideThreshold(c.roundId())
                : AUTO_HIDE_THRESHOLD;
        if (c.addFlag(weight, reason.code(), threshold, now)
                && org.agora.moderation.control.CaseTransitions.allows(c.state(), CaseAction.AUTO_HIDE)) {
            c.apply(CaseAction.AUTO_HIDE, now);
            c.showContent(ContentState.HIDDEN);
            effects.fire(new ContentEffect(c.ref(), Effect.HIDE, c.topReason().orElse(reason.code()).name()));
            audit(c, "auto-hide", null, "platform", c.state(), c.state(), reason.code(),
                    String.format(java.util.Locale.ROOT, "flag score %.2f reached the round's threshold %.2f",
                            c.score(), threshold),
                    now);
        }
        changed(c);
        return receipt(flag, c);
    }

    public List<FlagReceipt> flagsOf(long reporterId) {
        return em.createNamedQuery(Flag.BY_REPORTER, Flag.class).setParameter("reporter", reporterId)
                .setMaxResults(200).getResultStream()
                .map(f -> receipt(f, em.find(ModerationCase.class, f.caseId()))).toList();
    }

    private FlagReceipt receipt(Flag f, ModerationCase c) {
        String outcome = switch (f.outcome()) {
            case PENDING -> "RECEIVED";
            case AGREED -> "ACTION_TAKEN";
            case DISAGREED -> "NO_ACTION";
        };
        return new FlagReceipt(c.id(), c.contentType(), c.contentId(), c.link(), f.reason().name(), outcome,
                f.createdAt());
    }

    // ---- the queue --------------------------------------------------------------------------------------------

    /** Cases by score (highest first) then age (oldest first); {@code state} null means all waiting ones. */
    public CasePage queue(Optional<Long> roundId, Optional<ReasonCode> reason, Optional<CaseState> state, int page,
            int size) {
        var where = new StringBuilder(" WHERE ");
        where.append(state.isPresent() ? "c.state = :state" : "c.state IN :waiting");
        roundId.ifPresent(r -> where.append(" AND c.roundId = :round"));
        reason.ifPresent(r -> where.append(" AND c.topReason = :reason"));
        var query = em.createQuery("SELECT c FROM ModerationCase c" + where
                + " ORDER BY c.score DESC, c.openedAt, c.id", ModerationCase.class);
        var count = em.createQuery("SELECT COUNT(c) FROM ModerationCase c" + where, Long.class);
        for (var q : List.of(query, count)) {
            if (state.isPresent()) {
                q.setParameter("state", state.get());
            } else {
                q.setParameter("waiting", waiting());
            }
            roundId.ifPresent(r -> q.setParameter("round", r));
            reason.ifPresent(r -> q.setParameter("reason", r));
        }
        var cases = query.setFirstResult(page * size).setMaxResults(size).getResultStream().map(this::summary)
                .toList();
        return new CasePage(cases, page, size, count.getSingleResult());
    }

    private static List<CaseState> waiting() {
        return List.of(CaseState.OPEN, CaseState.CLAIMED, CaseState.APPEALED);
    }

    /** Cases waiting for a moderator, per round. */
    public List<PendingCount> pendingCounts() {
        return em.createQuery("SELECT c.roundId, COUNT(c) FROM ModerationCase c WHERE c.state IN :waiting"
                + " GROUP BY c.roundId ORDER BY c.roundId", Object[].class).setParameter("waiting", waiting())
                .getResultStream().map(r -> new PendingCount((Long) r[0], ((Number) r[1]).longValue())).toList();
    }

    public CaseDetail detail(long caseId) {
        var c = find(caseId);
        var flags = em.createNamedQuery(Flag.OF_CASE, Flag.class).setParameter("case", caseId).getResultStream()
                .map(f -> new FlagView(f.reason().name(), f.details().orElse(null), f.weight(), f.outcome().name(),
                        f.createdAt())).toList();
        var decisions = em.createNamedQuery(Decision.OF_CASE, Decision.class).setParameter("case", caseId)
                .getResultStream().map(Moderation::view).toList();
        var appeal = appealOf(caseId).map(Moderation::view).orElse(null);
        var log = em.createNamedQuery(AuditEntry.OF_CASE, AuditEntry.class).setParameter("case", caseId)
                .getResultStream().map(Moderation::view).toList();
        return new CaseDetail(summary(c), c.screening().orElse(null), flags, decisions, appeal, log);
    }

    public CaseSummary claim(Moderator moderator, long caseId) {
        var c = find(caseId);
        var now = clock.instant();
        var before = c.apply(CaseAction.CLAIM, now);
        c.claim(moderator.participantId(), moderator.name());
        audit(c, "claim", moderator.participantId(), moderator.name(), before, c.state(), null, null, now);
        changed(c);
        return summary(c);
    }

    public CaseSummary release(Moderator moderator, long caseId) {
        var c = find(caseId);
        var now = clock.instant();
        var before = c.apply(CaseAction.RELEASE, now);
        c.release();
        audit(c, "release", moderator.participantId(), moderator.name(), before, c.state(), null, null, now);
        changed(c);
        return summary(c);
    }

    /**
     * A decision on a case: approve, hide, remove, warn, mute, lock the thread, or escalate to the owning agency.
     * {@code days} is the mute length (mute) or the escalation's due time in days; ignored otherwise.
     */
    public CaseSummary decide(Moderator moderator, long caseId, CaseAction action, ReasonCode code,
            String statement, Integer days) {
        var c = find(caseId);
        if (!DecisionRules.isDecision(action) && action != CaseAction.ESCALATE && action != CaseAction.AGENCY_RESPONDS) {
            throw new ModerationRefused(400, "not-a-decision",
                    action.slug() + " is not a decision; use its own endpoint");
        }
        DecisionRules.check(action, code, statement);
        if ((action == CaseAction.ESCALATE || action == CaseAction.AGENCY_RESPONDS)
                && (statement == null || statement.isBlank())) {
            throw new CaseRefused("statement-required", action == CaseAction.ESCALATE
                    ? "Say what the agency is asked to answer" : "Give the agency's answer");
        }
        var now = clock.instant();
        var before = c.apply(action, now);
        switch (action) {
            case APPROVE -> {
                if (c.contentState() != ContentState.VISIBLE) {
                    c.showContent(ContentState.VISIBLE);
                    effects.fire(new ContentEffect(c.ref(), Effect.SHOW, null));
                }
                settleFlags(c, Flag.Outcome.DISAGREED);
            }
            case HIDE -> {
                c.showContent(ContentState.HIDDEN);
                effects.fire(new ContentEffect(c.ref(), Effect.HIDE, code.name()));
                settleFlags(c, Flag.Outcome.AGREED);
            }
            case REMOVE -> {
                c.showContent(ContentState.REMOVED);
                effects.fire(new ContentEffect(c.ref(), Effect.REMOVE, code.name()));
                settleFlags(c, Flag.Outcome.AGREED);
            }
            case WARN_AUTHOR -> {
                em.persist(new Sanction(c.authorId(), Sanction.Kind.WARNING, null, c.id(), statement,
                        moderator.participantId(), now));
                settleFlags(c, Flag.Outcome.AGREED);
            }
            case MUTE_AUTHOR -> {
                int length = days == null ? 7 : days;
                if (length < 1 || length > 90) {
                    throw new ModerationRefused(400, "validation", "a mute lasts 1 to 90 days");
                }
                em.persist(new Sanction(c.authorId(), Sanction.Kind.MUTE, now.plus(Duration.ofDays(length)), c.id(),
                        statement, moderator.participantId(), now));
                settleFlags(c, Flag.Outcome.AGREED);
            }
            case LOCK_THREAD -> {
                effects.fire(new ContentEffect(c.ref(), Effect.LOCK, code.name()));
                settleFlags(c, Flag.Outcome.AGREED);
            }
            case ESCALATE -> c.escalateUntil(now.plus(Duration.ofDays(days == null ? 2 : Math.max(1, days))));
            default -> {
                // AGENCY_RESPONDS: back in the queue with the answer in the statement
            }
        }
        if (DecisionRules.isDecision(action)) {
            c.decidedBy(moderator.participantId());
            em.persist(new Decision(c.id(), action, code, statement, moderator.participantId(), moderator.name(),
                    before, c.state(), now));
        }
        audit(c, action.slug(), moderator.participantId(), moderator.name(), before, c.state(), code, statement,
                now);
        changed(c);
        return summary(c);
    }

    /** The same decision on several cases; each is decided or refused on its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkResult decideAll(Moderator moderator, List<Long> caseIds, CaseAction action, ReasonCode code,
            String statement, Integer days) {
        var self = context.getBusinessObject(Moderation.class); // each case in its own transaction
        var decided = new ArrayList<Long>();
        var refused = new ArrayList<Refusal>();
        for (long id : caseIds) {
            try {
                self.decide(moderator, id, action, code, statement, days);
                decided.add(id);
            } catch (CaseRefused e) {
                refused.add(new Refusal(id, e.slug(), e.getMessage()));
            } catch (ModerationRefused e) {
                refused.add(new Refusal(id, e.slug(), e.getMessage()));
            }
        }
        return new BulkResult(decided, refused);
    }

    /** Undoes the decision in force (itself an audited decision). A removal whose text was purged cannot be. */
    public CaseSummary undo(Moderator moderator, long caseId, String statement) {
        var c = find(caseId);
        DecisionRules.check(CaseAction.UNDO, null, statement);
        var last = lastDecision(c).orElseThrow(() -> new CaseRefused("nothing-to-undo", "No decision to undo."));
        if (c.state() == CaseState.UPHELD || c.state() == CaseState.REVERSED) {
            throw new CaseRefused("ruling-is-final", "An appeal ruling is final; it is not undone.");
        }
        var now = clock.instant();
        var before = c.apply(CaseAction.UNDO, now);
        revert(c, last.action());
        em.persist(new Decision(c.id(), CaseAction.UNDO, null, statement, moderator.participantId(),
                moderator.name(), before, c.state(), now));
        audit(c, "undo", moderator.participantId(), moderator.name(), before, c.state(), null,
                "undid " + last.action().slug() + ": " + statement, now);
        changed(c);
        return summary(c);
    }

    /** Purges the text of removed content for good; only after a removal, and the removal's reason stays. */
    public CaseSummary purge(Moderator moderator, long caseId, String statement) {
        var c = find(caseId);
        if (c.contentState() != ContentState.REMOVED || c.state() == CaseState.APPEALED) {
            throw new CaseRefused("purge-needs-removal",
                    "Only removed content whose appeal is not pending can be purged.");
        }
        if (statement == null || statement.isBlank()) {
            throw new CaseRefused("statement-required", "Say why the text must be purged");
        }
        var now = clock.instant();
        effects.fire(new ContentEffect(c.ref(), Effect.PURGE, c.topReason().map(Enum::name).orElse(null)));
        c.purgeSnapshot();
        audit(c, "purge", moderator.participantId(), moderator.name(), c.state(), c.state(), null, statement, now);
        changed(c);
        return summary(c);
    }

    /** Posts an official reply under the reported content (e.g. an adapted response template), audited. */
    public CaseSummary reply(Moderator moderator, long caseId, String markdown) {
        var c = find(caseId);
        if (markdown == null || markdown.isBlank()) {
            throw new ModerationRefused(400, "validation", "text: is required");
        }
        if (markdown.matches("(?s).*\\{[a-z_]+\\}.*")) {
            throw new ModerationRefused(400, "template-not-filled",
                    "Replace the {placeholders} of the template before posting the reply.");
        }
        if (c.contentState() == ContentState.REMOVED) {
            throw new CaseRefused("content-removed", "The content was removed; there is nothing to reply under.");
        }
        var now = clock.instant();
        replies.fire(new OfficialReply(c.ref(), moderator.participantId(), moderator.name(), markdown));
        audit(c, "official-reply", moderator.participantId(), moderator.name(), c.state(), c.state(), null, markdown,
                now);
        changed(c);
        return summary(c);
    }

    /** Escalated cases of the given rounds (those of an agency), oldest due first. */
    public List<CaseSummary> escalated(List<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ModerationCase c WHERE c.state = :state AND c.roundId IN :rounds"
                + " ORDER BY c.escalatedDue, c.id", ModerationCase.class).setParameter("state", CaseState.ESCALATED)
                .setParameter("rounds", roundIds).setMaxResults(200).getResultStream().map(this::summary).toList();
    }

    /** The round a case belongs to (for the web layer's check that an agency owns it). */
    public long roundOf(long caseId) {
        return find(caseId).roundId();
    }

    // ---- authors: notices and appeals ------------------------------------------------------------------------

    /** The author's newest 100 notices: three queries (cases, their decisions, their appeals) whatever the count. */
    public List<Notice> noticesFor(long authorId) {
        var cases = em.createQuery("SELECT c FROM ModerationCase c WHERE c.authorId = :author"
                + " AND (c.decidedBy IS NOT NULL OR c.contentState <> :visible) ORDER BY c.updatedAt DESC",
                ModerationCase.class).setParameter("author", authorId).setParameter("visible", ContentState.VISIBLE)
                .setMaxResults(100).getResultList();
        if (cases.isEmpty()) {
            return List.of();
        }
        var ids = cases.stream().map(ModerationCase::id).toList();
        var decisions = em.createNamedQuery(Decision.OF_CASES, Decision.class).setParameter("cases", ids)
                .getResultStream().collect(Collectors.groupingBy(Decision::caseId));
        var appeals = em.createNamedQuery(Appeal.OF_CASES, Appeal.class).setParameter("cases", ids)
                .getResultStream().collect(Collectors.toMap(Appeal::caseId, a -> a, (a, b) -> a));
        return cases.stream().map(c -> notice(c, inForce(decisions.getOrDefault(c.id(), List.of())),
                Optional.ofNullable(appeals.get(c.id())))).toList();
    }

    private Notice notice(ModerationCase c) {
        return notice(c, lastDecision(c), appealOf(c.id()));
    }

    private static Notice notice(ModerationCase c, Optional<Decision> last, Optional<Appeal> appeal) {
        boolean canAppeal = c.state() == CaseState.ACTIONED && appeal.isEmpty();
        return new Notice(c.id(), c.contentType(), c.contentId(), c.link(), c.contentState().name(),
                last.map(d -> d.action().slug()).orElse(c.origin() == ModerationCase.Origin.SCREENING
                        ? "held-by-screening" : "hidden-pending-review"),
                last.flatMap(Decision::reasonCode).map(Enum::name).orElse(c.topReason().map(Enum::name).orElse(null)),
                last.map(Decision::statement).orElse(c.screening().orElse(null)),
                last.map(Decision::createdAt).orElse(null), canAppeal, appeal.map(Moderation::view).orElse(null));
    }

    public Notice appeal(Moderator author, long caseId, String statement) {
        var c = find(caseId);
        if (c.authorId() != author.participantId()) {
            throw ModerationRefused.forbidden("Only the author of the content can appeal this decision.");
        }
        if (statement == null || statement.isBlank()) {
            throw new ModerationRefused(400, "validation", "statement: say why the decision should change");
        }
        if (appealOf(caseId).isPresent()) {
            throw new CaseRefused("appeal-already-made", "You have already appealed this decision.");
        }
        var now = clock.instant();
        var before = c.apply(CaseAction.APPEAL, now);
        em.persist(new Appeal(c.id(), author.participantId(), statement,
                c.decidedBy().orElseThrow(), now));
        em.flush();
        audit(c, "appeal", author.participantId(), author.name(), before, c.state(), null, statement, now);
        changed(c);
        return notice(c);
    }

    public CaseSummary ruleOnAppeal(Moderator moderator, long caseId, boolean uphold, String statement) {
        var c = find(caseId);
        var appeal = appealOf(caseId).orElseThrow(() -> new CaseRefused("case-not-appealed", "No appeal to rule on."));
        AppealRules.checkReviewer(appeal.appealedDecisionBy(), moderator.participantId());
        var action = uphold ? CaseAction.UPHOLD : CaseAction.REVERSE;
        DecisionRules.check(action, null, statement);
        var now = clock.instant();
        var decision = lastDecision(c).orElseThrow();
        var before = c.apply(action, now);
        if (!uphold) {
            revert(c, decision.action());
        }
        appeal.decide(moderator.participantId(), uphold ? Appeal.Outcome.UPHELD : Appeal.Outcome.REVERSED, statement,
                now);
        em.persist(new Decision(c.id(), action, null, statement, moderator.participantId(), moderator.name(),
                before, c.state(), now));
        audit(c, action.slug(), moderator.participantId(), moderator.name(), before, c.state(), null, statement,
                now);
        changed(c);
        return summary(c);
    }

    // ---- rounds -----------------------------------------------------------------------------------------------

    public void slowMode(Moderator moderator, long roundId, int seconds, String statement) {
        if (seconds < 0 || seconds > 86_400) {
            throw new ModerationRefused(400, "validation", "seconds: 0 (off) to 86400");
        }
        if (statement == null || statement.isBlank()) {
            throw new CaseRefused("statement-required", "Say why the round needs slow mode");
        }
        slowModes.fire(new RoundSlowMode(roundId, seconds));
        var ref = new ContentRef("round", roundId, "", "/rounds/" + roundId, 0, roundId);
        em.persist(new AuditEntry(ref, null, "slow-mode", moderator.participantId(), moderator.name(), null,
                String.valueOf(seconds), null, statement, clock.instant()));
    }

    /** The round's moderation log, oldest first. {@code redactFlaggers} hides who flagged (for agency readers). */
    public List<AuditView> log(long roundId, boolean redactFlaggers) {
        return em.createNamedQuery(AuditEntry.OF_ROUND, AuditEntry.class).setParameter("round", roundId)
                .getResultStream().map(Moderation::view)
                .map(a -> redactFlaggers && a.action().equals("flag")
                        ? new AuditView(a.id(), a.roundId(), a.caseId(), a.contentType(), a.contentId(), a.action(),
                                "a participant", a.stateBefore(), a.stateAfter(), a.reasonCode(), null,
                                a.occurredAt())
                        : a)
                .toList();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void revert(ModerationCase c, CaseAction action) {
        switch (action) {
            case HIDE, REMOVE -> {
                if (c.snapshot().isEmpty() && action == CaseAction.REMOVE) {
                    throw new CaseRefused("removal-is-final", "The text was purged; the removal cannot be undone.");
                }
                c.showContent(ContentState.VISIBLE);
                effects.fire(new ContentEffect(c.ref(), Effect.SHOW, null));
            }
            case LOCK_THREAD -> effects.fire(new ContentEffect(c.ref(), Effect.UNLOCK, null));
            case WARN_AUTHOR, MUTE_AUTHOR -> em.createNamedQuery(Sanction.OF_CASE, Sanction.class)
                    .setParameter("case", c.id()).getResultStream().forEach(Sanction::lift);
            case APPROVE -> {
                if (c.origin() == ModerationCase.Origin.SCREENING) {
                    c.showContent(ContentState.HELD);
                    effects.fire(new ContentEffect(c.ref(), Effect.HIDE, null));
                }
            }
            default -> {
                // nothing was done to the content
            }
        }
        unsettleFlags(c);
    }

    private void settleFlags(ModerationCase c, Flag.Outcome outcome) {
        for (var f : em.createNamedQuery(Flag.OF_CASE, Flag.class).setParameter("case", c.id()).getResultList()) {
            if (f.outcome() == Flag.Outcome.PENDING) {
                f.settle(outcome);
                var record = em.find(FlaggerRecord.class, f.reporterId());
                if (record == null) {
                    record = new FlaggerRecord(f.reporterId());
                    em.persist(record);
                }
                if (outcome == Flag.Outcome.AGREED) {
                    record.agreedWith();
                } else {
                    record.disagreedWith();
                }
            }
        }
    }

    private void unsettleFlags(ModerationCase c) {
        for (var f : em.createNamedQuery(Flag.OF_CASE, Flag.class).setParameter("case", c.id()).getResultList()) {
            if (f.outcome() != Flag.Outcome.PENDING) {
                var record = em.find(FlaggerRecord.class, f.reporterId());
                if (record != null) {
                    record.forget(f.outcome() == Flag.Outcome.AGREED);
                }
                f.settle(Flag.Outcome.PENDING);
            }
        }
    }

    /** The decision (or appeal ruling) in force: the newest one not cancelled by an undo. */
    private Optional<Decision> lastDecision(ModerationCase c) {
        return inForce(em.createNamedQuery(Decision.OF_CASE, Decision.class).setParameter("case", c.id())
                .getResultList());
    }

    /** Of a case's decisions, oldest first, the newest one not cancelled by an undo. */
    private static Optional<Decision> inForce(List<Decision> all) {
        int undone = 0;
        for (int i = all.size() - 1; i >= 0; i--) {
            var d = all.get(i);
            if (d.action() == CaseAction.UNDO) {
                undone++;
            } else if (undone > 0) {
                undone--;
            } else {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private Optional<Appeal> appealOf(long caseId) {
        return em.createNamedQuery(Appeal.OF_CASE, Appeal.class).setParameter("case", caseId).getResultStream()
                .findFirst();
    }

    private Optional<ModerationCase> caseOf(String type, long id) {
        return em.createNamedQuery(ModerationCase.BY_CONTENT, ModerationCase.class).setParameter("type", type)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private ModerationCase find(long caseId) {
        var c = em.find(ModerationCase.class, caseId);
        if (c == null) {
            throw ModerationRefused.notFound("moderation case " + caseId);
        }
        return c;
    }

    private ContentSource source(String type) {
        for (var s : sources) {
            if (s.type().equals(type)) {
                return s;
            }
        }
        throw new ModerationRefused(400, "validation", "contentType: cannot flag content of type " + type);
    }

    private void audit(ModerationCase c, String action, Long actorId, String actorName, CaseState before,
            CaseState after, ReasonCode code, String statement, Instant now) {
        em.persist(new AuditEntry(c.ref(), c.id(), action, actorId, actorName,
                before == null ? null : before.name(), after == null ? null : after.name(),
                code == null ? null : code.name(), statement, now));
    }

    private void changed(ModerationCase c) {
        changes.fire(new CaseChanged(c.id(), c.roundId(), c.state().name()));
    }

    CaseSummary summary(ModerationCase c) {
        return new CaseSummary(c.id(), c.contentType(), c.contentId(), c.roundId(), c.link(), c.origin().name(),
                c.state().name(), c.contentState().name(), c.score(), c.flagCount(),
                c.topReason().map(Enum::name).orElse(null), c.snapshot().orElse(null), c.claimedName().orElse(null),
                c.openedAt(), c.updatedAt(), c.escalatedDue().orElse(null));
    }

    private static DecisionView view(Decision d) {
        return new DecisionView(d.action().slug(), d.reasonCode().map(Enum::name).orElse(null), d.statement(),
                d.moderatorName(), d.stateBefore().name(), d.stateAfter().name(), d.createdAt());
    }

    private static AppealView view(Appeal a) {
        return new AppealView(a.statement(), a.createdAt(), a.outcome().map(Enum::name).orElse(null),
                a.answer().orElse(null), a.decidedAt().orElse(null));
    }

    private static AuditView view(AuditEntry a) {
        return new AuditView(a.id(), a.roundId(), a.caseId().orElse(null), a.contentType(), a.contentId(),
                a.action(), a.actorName(), a.stateBefore().orElse(null), a.stateAfter().orElse(null),
                a.reasonCode().orElse(null), a.statement().orElse(null), a.occurredAt());
    }
}
