package org.agora.sandbox.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.broadcasts.entity.CitedSource;
import org.agora.broadcasts.entity.Update;
import org.agora.comments.entity.Comment;
import org.agora.comments.entity.Disposition;
import org.agora.drafts.entity.DraftVersion;
import org.agora.evidence.entity.Citation;
import org.agora.moderation.entity.AuditEntry;
import org.agora.questions.entity.FaqEntry;
import org.agora.questions.entity.Message;
import org.agora.sandbox.control.Scoring.Done;
import org.agora.sandbox.control.Scoring.Facts;
import org.agora.sandbox.control.Scoring.Happened;
import org.agora.sandbox.entity.RunEvent;
import org.agora.sandbox.entity.TrainingRun;

/**
 * What happened in a run and what its trainee did there, read from the run's own rounds (every timestamp in them is
 * scenario time): the facts {@link Scoring} scores. Runs in the caller's transaction; a handful of queries whatever
 * the size of the run.
 */
@Dependent
public class RunRecord {

    private static final Set<String> DECISIONS = Set.of("approve", "hide", "remove", "warn-author", "mute-author",
            "block-author", "lock-thread", "escalate", "escalate-legal", "undo");

    @PersistenceContext
    EntityManager em;

    public Facts facts(TrainingRun run) {
        var rounds = List.copyOf(run.rounds().values());
        var happened = em.createNamedQuery(RunEvent.OF_RUN, RunEvent.class).setParameter("run", run.id())
                .getResultStream().map(e -> new Happened(e.eventKey(), e.state() == RunEvent.State.FIRED
                        && e.contentId().isPresent(), e.firedScenarioAt().orElse(e.scenarioAt()),
                        e.contentType().orElse(null), e.contentId().orElse(null))).toList();
        var done = new ArrayList<Done>();
        if (!rounds.isEmpty()) {
            decisions(run, rounds, done);
            replies(run, rounds, done);
            answers(run, rounds, done);
            dispositions(rounds, done);
            updates(rounds, done);
            versions(run, done);
            faq(rounds, done);
        }
        return new Facts(run.scenarioStart(), run.modeChoice(), run.plan(), happened, done);
    }

    private void decisions(TrainingRun run, List<Long> rounds, List<Done> done) {
        for (var a : em.createQuery("SELECT a FROM AuditEntry a WHERE a.roundId IN :rounds"
                + " ORDER BY a.occurredAt, a.id", AuditEntry.class).setParameter("rounds", rounds).getResultList()) {
            if (a.actorId().filter(id -> id == run.traineeId()).isPresent() && DECISIONS.contains(a.action())
                    && a.contentId() != null) {
                done.add(new Done(Scoring.Kind.DECISION, a.contentType(), a.contentId(), a.occurredAt(), a.action(),
                        a.reasonCode().orElse(null), a.statement().orElse(null), false));
            }
        }
    }

    /** The trainee's comments: replies to a persona's comment, and threads on a persona's idea. */
    private void replies(TrainingRun run, List<Long> rounds, List<Done> done) {
        var mine = em.createQuery("SELECT c FROM Comment c WHERE c.engagementId IN :rounds AND c.authorId = :me"
                + " ORDER BY c.createdAt, c.id", Comment.class).setParameter("rounds", rounds)
                .setParameter("me", run.traineeId()).getResultList();
        if (mine.isEmpty()) {
            return;
        }
        var cited = citedTargets(rounds, "comment", run.traineeId());
        for (var c : mine) {
            String text = c.markdown().orElse("");
            boolean sourced = cited.contains(String.valueOf(c.id()));
            if (c.parentId().isPresent()) {
                done.add(new Done(Scoring.Kind.REPLY, "comment", c.parentId().get(), c.createdAt(), "reply", null,
                        text, sourced));
            } else if (c.ideaId().isPresent()) {
                done.add(new Done(Scoring.Kind.REPLY, "idea", c.ideaId().get(), c.createdAt(), "reply", null, text,
                        sourced));
            }
        }
    }

    private void answers(TrainingRun run, List<Long> rounds, List<Done> done) {
        var answers = em.createQuery("SELECT m FROM Message m, Question q WHERE m.questionId = q.id"
                + " AND q.engagementId IN :rounds AND m.authorId = :me"
                + " AND m.kind = org.agora.questions.entity.Message.Kind.ANSWER ORDER BY m.createdAt, m.id",
                Message.class).setParameter("rounds", rounds).setParameter("me", run.traineeId()).getResultList();
        if (answers.isEmpty()) {
            return;
        }
        var cited = citedTargets(rounds, "question", run.traineeId());
        for (var m : answers) {
            done.add(new Done(Scoring.Kind.ANSWER, "question", m.questionId(), m.createdAt(), "answer", null,
                    m.markdown(), cited.contains(String.valueOf(m.questionId()))));
        }
    }

    private void dispositions(List<Long> rounds, List<Done> done) {
        var dispositions = em.createQuery("SELECT d FROM Disposition d WHERE d.engagementId IN :rounds",
                Disposition.class).setParameter("rounds", rounds).getResultList();
        if (dispositions.isEmpty()) {
            return;
        }
        var byId = new java.util.HashMap<Long, Disposition>();
        dispositions.forEach(d -> byId.put(d.id(), d));
        for (var c : em.createQuery("SELECT c FROM Comment c WHERE c.engagementId IN :rounds"
                + " AND c.dispositionId IS NOT NULL", Comment.class).setParameter("rounds", rounds).getResultList()) {
            var d = byId.get(c.dispositionId().orElseThrow());
            if (d != null) {
                done.add(new Done(Scoring.Kind.DISPOSITION, "comment", c.id(), d.createdAt(),
                        d.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + d.reason()
                                + ")", null, d.reason(), false));
            }
        }
    }

    private void updates(List<Long> rounds, List<Done> done) {
        var updates = em.createQuery("SELECT u FROM BroadcastUpdate u WHERE u.engagementId IN :rounds"
                + " ORDER BY u.createdAt", Update.class).setParameter("rounds", rounds).getResultList();
        if (updates.isEmpty()) {
            return;
        }
        var withSources = new HashSet<Long>();
        em.createNamedQuery(CitedSource.OF_UPDATES, CitedSource.class)
                .setParameter("ids", updates.stream().map(Update::id).toList()).getResultStream()
                .forEach(s -> withSources.add(s.updateId()));
        for (var u : updates) {
            done.add(new Done(Scoring.Kind.UPDATE, null, null, u.createdAt(), "update", null, u.title() + ". "
                    + u.markdown(), withSources.contains(u.id())));
        }
    }

    private void versions(TrainingRun run, List<Done> done) {
        for (var v : em.createQuery("SELECT v FROM DraftVersion v, Policy p WHERE v.policyId = p.id"
                + " AND p.trainingRunId = :run AND v.number > 1 ORDER BY v.publishedAt", DraftVersion.class)
                .setParameter("run", run.id()).getResultList()) {
            done.add(new Done(Scoring.Kind.VERSION, null, null, v.publishedAt(), String.valueOf(v.number()), null,
                    v.changelog().orElse(""), false));
        }
    }

    private void faq(List<Long> rounds, List<Done> done) {
        for (var f : em.createQuery("SELECT f FROM FaqEntry f WHERE f.engagementId IN :rounds", FaqEntry.class)
                .setParameter("rounds", rounds).getResultList()) {
            done.add(new Done(Scoring.Kind.FAQ, "question", f.questionId(), f.publishedAt(), "faq", null,
                    f.questionMarkdown(), false));
        }
    }

    /** Ids (as citations keep them) of the targets of this type the trainee cited a source on. */
    private Set<String> citedTargets(List<Long> rounds, String type, long trainee) {
        return new HashSet<>(em.createQuery("SELECT c.targetId FROM Citation c WHERE c.engagementId IN :rounds"
                + " AND c.targetType = :type AND c.citerId = :me", String.class).setParameter("rounds", rounds)
                .setParameter("type", type).setParameter("me", trainee).getResultList());
    }
}
