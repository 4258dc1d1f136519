package org.agora.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.boundary.CaseChanged;
import org.agora.moderation.boundary.ContentEffect;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.boundary.Moderator;
import org.agora.moderation.boundary.RoundRules;
import org.agora.moderation.entity.AdmissionRecord;
import org.agora.moderation.entity.AuditEntry;
import org.agora.moderation.entity.ContentRef;
import org.agora.moderation.entity.Decision;
import org.agora.moderation.entity.Flag;
import org.agora.moderation.entity.FlaggerRecord;
import org.agora.moderation.boundary.ContentEffect.Effect;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.ContentState;
import org.agora.moderation.entity.ModerationCase.Origin;
import org.agora.moderation.entity.Sanction;
import org.agora.problems.NotFound;

/**
 * What every moderation boundary needs of cases, in the caller's transaction: finding a case, writing the audit log,
 * telling the owning component what to do with its content, announcing a change to the live queue, settling flags,
 * and the one rule for "which decision is in force".
 */
@Dependent
public class CaseBook {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ContentEffect> effects;

    @Inject
    Event<CaseChanged> changes;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<RoundRules> roundRules;

    /** Real time: for what has no round. */
    public Instant now() {
        return clock.instant();
    }

    /** "Now" in the round: a training run's rounds live on its scenario clock (ADR 0009). */
    public Instant now(long roundId) {
        return roundRules.isResolvable() ? roundRules.get().now(roundId, clock.instant()) : clock.instant();
    }

    /** The realm of a round's cases: live, or its training run's. */
    public String realm(long roundId) {
        return roundRules.isResolvable() ? roundRules.get().realm(roundId) : RoundRules.LIVE;
    }

    /** The case, if this moderator acts in its realm; to others it does not exist. */
    public ModerationCase find(Moderator moderator, long caseId) {
        var c = find(caseId);
        requireRealm(moderator, c.realm(), "There is no moderation case " + caseId + " here.");
        return c;
    }

    /**
     * Refuses a moderator outside the realm: live content to a trainee is refused (403, they know it exists), a
     * training run's to anyone outside the run does not exist (404).
     */
    public static void requireRealm(Moderator moderator, String realm, String notFound) {
        if (!moderator.actsIn(realm)) {
            if (org.agora.moderation.boundary.RoundRules.LIVE.equals(realm)) {
                throw new org.agora.problems.Forbidden("Trainees and trainers practise in the training sandbox;"
                        + " they do not moderate live content.");
            }
            throw new NotFound(notFound);
        }
    }

    public ModerationCase find(long caseId) {
        var c = em.find(ModerationCase.class, caseId);
        if (c == null) {
            throw new NotFound("There is no moderation case " + caseId + " here.");
        }
        return c;
    }

    public Optional<ModerationCase> of(String type, long id) {
        return em.createNamedQuery(ModerationCase.BY_CONTENT, ModerationCase.class).setParameter("type", type)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Stores a new case and gives it its id. */
    public ModerationCase open(ModerationCase c) {
        em.persist(c);
        em.flush();
        return c;
    }

    public void audit(ModerationCase c, String action, Long actorId, String actorName, CaseState before,
            CaseState after, ReasonCode code, String statement, Instant now) {
        em.persist(new AuditEntry(c.ref(), c.id(), action, actorId, actorName,
                before == null ? null : before.name(), after == null ? null : after.name(),
                code == null ? null : code.name(), statement, now));
    }

    /** An audit entry about something that has no case (a refused post, slow mode on a round). */
    public void audit(ContentRef ref, String action, Long actorId, String actorName, String after, String statement) {
        em.persist(new AuditEntry(ref, null, action, actorId, actorName, null, after, null, statement, now()));
    }

    /** Tells the component that owns the content what moderation did to it (same transaction). */
    public void effect(ModerationCase c, ContentEffect.Effect effect, String reasonCode) {
        effects.fire(new ContentEffect(c.ref(), effect, reasonCode));
    }

    /** Announces the change to the live queue once the transaction has committed. */
    public void changed(ModerationCase c) {
        changes.fire(new CaseChanged(c.id(), c.roundId(), c.state().name(), c.realm()));
    }

    /** Erases the text the admission log kept of an item (its author deleted it, or a moderator purged it). */
    public void forgetText(String type, long id) {
        em.createNamedQuery(AdmissionRecord.FORGET).setParameter("type", type).setParameter("id", id)
                .executeUpdate();
    }

    /** What a decision did, undone: for an undo and for an appeal that reverses it. */
    public void revert(ModerationCase c, CaseAction action) {
        switch (action) {
            case HIDE, REMOVE -> {
                if (c.snapshot().isEmpty() && action == CaseAction.REMOVE) {
                    throw new CaseRefused("removal-is-final", "The text was purged; the removal cannot be undone.");
                }
                c.showContent(ContentState.VISIBLE);
                effect(c, Effect.SHOW, null);
            }
            case LOCK_THREAD -> effect(c, Effect.UNLOCK, null);
            case WARN_AUTHOR, MUTE_AUTHOR, BLOCK_AUTHOR -> em.createNamedQuery(Sanction.OF_CASE, Sanction.class)
                    .setParameter("case", c.id()).getResultStream().forEach(Sanction::lift);
            case APPROVE -> {
                if (c.origin() != Origin.FLAGS) {
                    // held before anyone saw it: held again
                    c.showContent(ContentState.HELD);
                    effect(c, Effect.HIDE, null);
                }
            }
            default -> {
                // nothing was done to the content
            }
        }
        unsettleFlags(c);
    }

    /** Every pending flag of the case gets this outcome, and its flagger's track record counts it. */
    public void settleFlags(ModerationCase c, Flag.Outcome outcome) {
        for (var f : flags(c)) {
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

    /** The flags of the case are pending again (a decision was undone or reversed). */
    public void unsettleFlags(ModerationCase c) {
        for (var f : flags(c)) {
            if (f.outcome() != Flag.Outcome.PENDING) {
                var record = em.find(FlaggerRecord.class, f.reporterId());
                if (record != null) {
                    record.forget(f.outcome() == Flag.Outcome.AGREED);
                }
                f.settle(Flag.Outcome.PENDING);
            }
        }
    }

    public List<Flag> flags(ModerationCase c) {
        return em.createNamedQuery(Flag.OF_CASE, Flag.class).setParameter("case", c.id()).getResultList();
    }

    /** The decision (or appeal ruling) in force: the newest one not cancelled by an undo. */
    public Optional<Decision> lastDecision(ModerationCase c) {
        return inForce(em.createNamedQuery(Decision.OF_CASE, Decision.class).setParameter("case", c.id())
                .getResultList());
    }

    /** Of a case's decisions, oldest first, the newest one not cancelled by an undo. */
    public static Optional<Decision> inForce(List<Decision> all) {
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

    /** A line of the queue. */
    public static CaseSummary summary(ModerationCase c) {
        return new CaseSummary(c.id(), c.contentType(), c.contentId(), c.roundId(), c.link(), c.origin().name(),
                c.state().name(), c.contentState().name(), c.score(), c.flagCount(),
                c.topReason().map(Enum::name).orElse(null), c.snapshot().orElse(null), c.claimedName().orElse(null),
                c.openedAt(), c.updatedAt(), c.escalatedDue().orElse(null),
                c.escalationLevel().map(Enum::name).orElse(null), c.version());
    }
}
