package org.agora.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.boundary.Contribution.Audience;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.Submission;
import org.agora.moderation.control.Verdict;
import org.agora.moderation.entity.AdmissionRecord;
import org.agora.moderation.entity.ContentRef;
import org.agora.moderation.entity.ModerationCase;
import org.agora.moderation.entity.ModerationCase.ContentState;
import org.agora.moderation.entity.ModerationCase.Origin;

/**
 * The one way in for every contribution (ADR 0008): a comment, reply, edit, idea, amendment, question, follow-up,
 * and later imports and sandbox personas. {@link #admit} refuses a muted or blocked author, screens the text with
 * the author's recent contributions of every kind, refuses it (nothing stored, the refusal logged), or lets the
 * component store it — held or visible — and then records it and, when held, opens or refreshes its case. A held
 * item therefore always has a case in the queue.
 */
@Stateless
public class Admissions {

    /** How far back screening looks at an author's recent contributions (bursts, repeats). */
    static final Duration RECENT = Duration.ofHours(1);

    static final String PRE_MODERATION = "pre-moderation";

    /** Why an item that was held and then changed is held again, when nothing else holds it. */
    static final String AWAITING = "awaiting-moderation";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Screens screens;

    @Inject
    Sanctions sanctions;

    @Inject
    CaseBook cases;

    /**
     * Admits a contribution: refused ({@link ContributorRestricted}, {@link ScreeningRefused}: thrown, nothing
     * stored), or stored by {@code storing} and answered {@link Admission.Admitted} or {@link Admission.Held}.
     */
    public Admission admit(Contribution contribution, Storing storing) {
        Instant now = cases.now(contribution.roundId());
        if (contribution.audience() != Audience.PRIVATE) {
            sanctions.restrictionIn(contribution.roundId(), contribution.authorId()).ifPresent(restricted -> {
                throw restricted;
            });
        }
        var result = screens.screen(submission(contribution, now));
        if (result.verdict() == Verdict.REFUSE) {
            context.getBusinessObject(Admissions.class).refused(contribution, result.rules(), result.explanation());
            throw new ScreeningRefused(result.rules(), result.explanation());
        }
        // a change to an item that has a case: only then is there a case to look at (never for a new item)
        var existing = contribution.existing() == null ? Optional.<ModerationCase>empty()
                : cases.of(contribution.type(), contribution.existing());
        var rules = new ArrayList<String>();
        var why = new ArrayList<String>();
        if (contribution.audience() == Audience.PRE_MODERATED) {
            rules.add(PRE_MODERATION);
            why.add("This round publishes contributions once a moderator has read them.");
        }
        if (result.verdict() == Verdict.HOLD && contribution.audience() != Audience.PRIVATE) {
            rules.addAll(result.rules());
            why.add(result.explanation());
        }
        if (rules.isEmpty() && existing.filter(c -> c.contentState() == ContentState.HELD).isPresent()) {
            rules.add(AWAITING);
            why.add("It was waiting for a moderator when it changed; it waits for them again with the new text.");
        }
        // an item a moderator hid or removed is out of public view already: a change to it is recorded, not held
        boolean moderated = existing.filter(c -> c.contentState() == ContentState.HIDDEN
                || c.contentState() == ContentState.REMOVED).isPresent();
        boolean held = !rules.isEmpty() && !moderated;
        String explanation = String.join(" ", why);
        if (!held) {
            rules.clear();
        }
        var ref = storing.store(held);
        em.persist(new AdmissionRecord(ref.type(), ref.id(), contribution.roundId(), contribution.authorId(),
                contribution.step(), contribution.text(),
                held ? AdmissionRecord.Verdict.HELD : AdmissionRecord.Verdict.ADMITTED,
                held ? rules : result.rules(), now));
        if (existing.isPresent()) {
            changed(existing.get(), contribution, ref, held, rules, explanation, now);
        } else if (held) {
            var origin = rules.contains(PRE_MODERATION) ? Origin.PRE_MODERATION : Origin.SCREENING;
            var c = cases.open(ModerationCase.held(ref, cases.realm(ref.roundId()), origin, explanation, now));
            cases.audit(c, origin == Origin.PRE_MODERATION ? "pre-moderation-hold" : "screening-hold", null,
                    "screening", null, c.state(), null, String.join(", ", rules) + ": " + explanation, now);
            cases.changed(c);
        }
        return held ? new Admission.Held(ref, rules, explanation) : new Admission.Admitted(ref);
    }

    /**
     * The author changed an item that has a case: moderators judge the text as it is now. Held again, the case waits
     * in the queue with the new text (a decided case is open again: nobody has judged that text).
     */
    private void changed(ModerationCase c, Contribution contribution, ContentRef ref, boolean held,
            List<String> rules, String explanation, Instant now) {
        CaseState before;
        if (held) {
            before = c.resubmitted(ref, explanation, now);
        } else {
            before = c.state();
            c.refresh(ref);
        }
        cases.audit(c, held ? "resubmit" : contribution.step(), contribution.authorId(), "author", before,
                c.state(), null, held ? contribution.step() + " held: " + String.join(", ", rules) + ": "
                        + explanation : null, now);
        cases.changed(c);
    }

    /** Screening's input: the text, and the author's recent contributions of every kind but the item itself. */
    private Submission submission(Contribution contribution, Instant now) {
        var texts = new ArrayList<String>();
        var times = new ArrayList<Instant>();
        for (var row : em.createNamedQuery(AdmissionRecord.RECENT_BY_AUTHOR, Object[].class)
                .setParameter("author", contribution.authorId()).setParameter("since", now.minus(RECENT))
                .getResultList()) {
            boolean same = contribution.existing() != null && contribution.type().equals(row[0])
                    && ((Number) row[1]).longValue() == contribution.existing();
            if (same) {
                continue; // an edit is not a repeat of the text it replaces
            }
            times.add((Instant) row[3]);
            if (row[2] != null && texts.size() < 5) {
                texts.add((String) row[2]);
            }
        }
        return new Submission(contribution.text(), texts, times, now);
    }

    /**
     * Records a contribution that was refused (nothing was stored, so there is no case): in its own transaction, since
     * the contribution itself is rolled back. The text is not kept.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Contribution contribution, List<String> rules, String explanation) {
        var ref = new ContentRef(contribution.type(), 0, "", "/", contribution.authorId(), contribution.roundId());
        cases.audit(ref, "screening-refuse", contribution.authorId(), "screening", null,
                String.join(", ", rules) + ": " + explanation);
        em.persist(new AdmissionRecord(contribution.type(), 0, contribution.roundId(), contribution.authorId(),
                contribution.step(), null, AdmissionRecord.Verdict.REFUSED, rules, cases.now(contribution.roundId())));
    }

    /** The author deleted the item: the admission log forgets its text. */
    public void forget(String type, long id) {
        cases.forgetText(type, id);
    }
}
