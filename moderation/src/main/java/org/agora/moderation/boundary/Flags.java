package org.agora.moderation.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.boundary.ContentEffect.Effect;
import org.agora.moderation.boundary.ModerationViews.FlagReceipt;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.CaseRefused;
import org.agora.moderation.control.CaseTransitions;
import org.agora.moderation.control.FlagReason;
import org.agora.moderation.control.FlagWeights;
import org.agora.moderation.control.Flagger;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.entity.Flag;
import org.agora.moderation.entity.FlaggerRecord;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.ContentState;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;

/**
 * Reports of content ("flags"), weighed by the reporter's track record: once the weights on an item reach its round's
 * threshold the item is hidden pending review. Staff reports open a case but never hide anything by themselves; a
 * blocked participant may not report.
 */
@Stateless
public class Flags {

    /** Flag score at which an item is hidden pending review when its round says nothing (Decidim: 3 reports). */
    static final double AUTO_HIDE_THRESHOLD = FlagWeights.DEFAULT_THRESHOLD;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    CaseBook cases;

    @Inject
    Sanctions sanctions;

    @Inject
    @Any
    Instance<RoundRules> roundRules;

    @Inject
    @Any
    Instance<ContentSource> sources;

    private final FlagWeights weights = FlagWeights.defaults();

    public FlagReceipt flag(Moderator reporter, String contentType, long contentId, ReasonCode code,
            String details) {
        var reason = new FlagReason(code, details);
        sanctions.requireNotBlocked(reporter.participantId());
        var ref = source(contentType).find(contentId, reporter.participantId())
                .orElseThrow(() -> new NotFound("There is no " + contentType + " " + contentId + " here."));
        String realm = cases.realm(ref.roundId());
        if (!reporter.actsIn(realm)) {
            throw new org.agora.problems.Forbidden(RoundRules.LIVE.equals(realm)
                    ? "Trainees and trainers practise in the training sandbox; they do not report live content."
                    : "Only the trainee of this training run and its personas report its content.");
        }
        if (ref.authorId() == reporter.participantId()) {
            throw new CaseRefused("own-content", "You cannot flag your own contribution.");
        }
        var now = cases.now(ref.roundId());
        var c = cases.of(contentType, contentId).orElse(null);
        if (c == null) {
            c = cases.open(ModerationCase.flagged(ref, realm, now));
        } else {
            c.refresh(ref);
            boolean already = cases.flags(c).stream().anyMatch(f -> f.reporterId() == reporter.participantId());
            if (already) {
                throw new CaseRefused("already-flagged", "You have already flagged this; moderators have your report.");
            }
        }
        var before = c.apply(CaseAction.FLAG, now);
        var record = em.find(FlaggerRecord.class, reporter.participantId());
        double weight = weights.weight(reporter.isStaff() ? Flagger.staffReport()
                : record == null ? Flagger.newcomer() : Flagger.citizen(record.agreed(), record.disagreed()));
        var flag = new Flag(c.id(), reporter.participantId(), reason.code(), reason.details(), weight,
                reporter.isStaff(), now);
        em.persist(flag);
        cases.audit(c, "flag", reporter.participantId(), reporter.name(), before, c.state(), reason.code(),
                reason.details(), now);
        double threshold = roundRules.isResolvable() ? roundRules.get().autoHideThreshold(c.roundId())
                : AUTO_HIDE_THRESHOLD;
        // a staff report weighs 0, so it never carries the score over the threshold
        if (c.addFlag(weight, reason.code(), threshold, now)
                && CaseTransitions.allows(c.state(), CaseAction.AUTO_HIDE)) {
            c.apply(CaseAction.AUTO_HIDE, now);
            c.showContent(ContentState.HIDDEN);
            cases.effect(c, Effect.HIDE, c.topReason().orElse(reason.code()).name());
            cases.audit(c, "auto-hide", null, "platform", c.state(), c.state(), reason.code(),
                    String.format(Locale.ROOT, "flag score %.2f reached the round's threshold %.2f", c.score(),
                            threshold), now);
        }
        cases.changed(c);
        return receipt(flag, c);
    }

    public List<FlagReceipt> flagsOf(long reporterId) {
        return em.createNamedQuery(Flag.BY_REPORTER, Flag.class).setParameter("reporter", reporterId)
                .setMaxResults(200).getResultStream()
                .map(f -> receipt(f, em.find(ModerationCase.class, f.caseId()))).toList();
    }

    private static FlagReceipt receipt(Flag f, ModerationCase c) {
        String outcome = switch (f.outcome()) {
            case PENDING -> "RECEIVED";
            case AGREED -> "ACTION_TAKEN";
            case DISAGREED -> "NO_ACTION";
        };
        return new FlagReceipt(c.id(), c.contentType(), c.contentId(), c.link(), f.reason().name(), outcome,
                f.createdAt());
    }

    private ContentSource source(String type) {
        for (var s : sources) {
            if (s.type().equals(type)) {
                return s;
            }
        }
        throw new InvalidField("contentType", "cannot flag content of type " + type);
    }
}
