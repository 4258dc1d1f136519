package org.agora.sandbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.comments.boundary.Comments;
import org.agora.comments.boundary.NewComment;
import org.agora.drafts.boundary.Drafts;
import org.agora.engagements.boundary.ModeratedSettings;
import org.agora.engagements.entity.Engagement;
import org.agora.evidence.boundary.Evidence;
import org.agora.evidence.entity.Citation;
import org.agora.ideas.boundary.Ideas;
import org.agora.ideas.boundary.NewIdea;
import org.agora.identity.boundary.Actor;
import org.agora.identity.boundary.Participants;
import org.agora.identity.entity.Role;
import org.agora.moderation.boundary.Flags;
import org.agora.moderation.boundary.Moderator;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.entity.AuditEntry;
import org.agora.questions.boundary.NewQuestion;
import org.agora.questions.boundary.Questions;
import org.agora.sandbox.control.Scenario;
import org.agora.sandbox.control.Scenario.Action;
import org.agora.sandbox.control.Scenario.ScriptedEvent;
import org.agora.sandbox.entity.RunEvent;
import org.agora.sandbox.entity.TrainingRun;

/**
 * The personas of training runs (ADR 0009): each scripted event, when due, is done by its persona through the same
 * boundaries as anyone's contribution — so through the one admission path, screening and moderation — in a
 * transaction of its own that also marks the event done, so it happens exactly once even with several nodes (the
 * claim is a conditional update: a second node finds nothing left to claim). An event whose condition does not hold
 * (the trainee already dealt with the troll) is skipped, as is one the platform refuses (the persona was muted).
 */
@Stateless
public class Personas {

    /** Moderation actions that count as "dealt with" for an {@code unhandled} / {@code handled} condition. */
    private static final Set<String> HANDLING = Set.of("approve", "hide", "remove", "warn-author", "mute-author",
            "block-author", "lock-thread", "escalate", "escalate-legal");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ScenarioLibrary library;

    @Inject
    Participants participants;

    @Inject
    Comments comments;

    @Inject
    Questions questions;

    @Inject
    Ideas ideas;

    @Inject
    Evidence evidence;

    @Inject
    Flags flags;

    @Inject
    Drafts drafts;

    /** Events due by real time {@code now}, soonest first. */
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery(RunEvent.DUE, Long.class).setParameter("now", now).setMaxResults(max)
                .getResultList();
    }

    /**
     * Does the event if it is still to be done and its condition holds. A refusal by the platform (a domain problem)
     * rolls this transaction back, claim included; the caller then records it with {@link #refused}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fire(long eventId) {
        if (em.createNamedQuery(RunEvent.CLAIM).setParameter("id", eventId).executeUpdate() == 0) {
            return; // done already, here or on another node
        }
        var event = em.find(RunEvent.class, eventId);
        em.refresh(event);
        Instant real = clock.instant();
        var run = em.find(TrainingRun.class, event.runId());
        if (run == null || run.state() != TrainingRun.State.RUNNING) {
            event.skipped("the run was not running", real);
            return;
        }
        var scenario = library.get(run.scenarioKey());
        var scripted = scenario.event(event.eventKey()).orElse(null);
        if (scripted == null) {
            event.skipped("the scenario no longer has this event", real);
            return;
        }
        var because = conditionFails(run, scripted);
        if (because.isPresent()) {
            event.skipped(because.get(), real);
            return;
        }
        act(run, scenario, scripted, event, real);
    }

    /** The platform refused what the persona tried (e.g. they were muted): the event is skipped with the reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long eventId, String why) {
        if (em.createNamedQuery(RunEvent.CLAIM).setParameter("id", eventId).executeUpdate() == 0) {
            return;
        }
        var event = em.find(RunEvent.class, eventId);
        em.refresh(event);
        event.skipped(why, clock.instant());
    }

    private void act(TrainingRun run, Scenario scenario, ScriptedEvent e, RunEvent event, Instant real) {
        var persona = scenario.persona(e.persona()).orElseThrow();
        Actor who = participants.enroll("persona:" + run.id() + ":" + persona.key(), persona.name(), Optional.empty(),
                Set.of(Role.CITIZEN)).training(new Actor.Training(Set.of(run.id()), Set.of()));
        long round = run.rounds().get(e.round());
        Instant scenarioNow = run.scenarioNow(real);
        String text = e.text().orElse(null);
        var target = e.target().map(t -> content(run, t));
        switch (e.action()) {
            case COMMENT -> {
                var anchor = e.paragraph().map(p -> new NewComment.AnchorRequest(paragraphKey(round, p), null, null,
                        null, null)).orElse(null);
                var posted = comments.post(who, round, new NewComment(text, null, e.stance().orElse(null), anchor,
                        null), "training-" + event.id());
                event.fired("comment", posted.comment().id(), real, scenarioNow);
            }
            case REPLY -> {
                var on = target.orElseThrow();
                var request = "idea".equals(on.type()) ? new NewComment(text, null, null, null, on.id())
                        : new NewComment(text, on.id(), null, null, null);
                var posted = comments.post(who, round, request, "training-" + event.id());
                event.fired("comment", posted.comment().id(), real, scenarioNow);
            }
            case QUESTION -> {
                var asked = questions.ask(who, round, new NewQuestion(e.title().orElseThrow(), text, e.isPublic()));
                event.fired("question", asked.id(), real, scenarioNow);
            }
            case FOLLOW_UP -> {
                var on = target.orElseThrow();
                questions.followUp(who, on.id(), text);
                event.fired("question", on.id(), real, scenarioNow);
            }
            case IDEA -> {
                var idea = ideas.propose(who, round, new NewIdea(e.title().orElseThrow(), text, null, null));
                event.fired("idea", idea.id(), real, scenarioNow);
            }
            case REPORT -> {
                var on = target.orElseThrow();
                flags.flag(new Moderator(who.participantId(), who.displayName(), false, false,
                        Set.of(ModeratedSettings.realmOf(run.id()))), on.type(), on.id(),
                        ReasonCode.valueOf(e.reason().orElseThrow()), text);
                event.fired(real, scenarioNow);
            }
            case CITE -> {
                var from = target.map(t -> new Evidence.CitedFrom(targetType(t.type()), String.valueOf(t.id())))
                        .orElse(new Evidence.CitedFrom(Citation.TargetType.ROUND, String.valueOf(round)));
                evidence.cite(who, round, from, e.url().orElseThrow(), e.title().orElse(null), text);
                event.fired(real, scenarioNow);
            }
            case ENDORSE -> {
                comments.endorse(who, target.orElseThrow().id());
                event.fired(real, scenarioNow);
            }
            default -> throw new IllegalStateException("unknown action " + e.action());
        }
    }

    private record Content(String type, long id) {
    }

    /** The content an earlier event of the run made. */
    private Content content(TrainingRun run, String eventKey) {
        var earlier = em.createQuery("SELECT e FROM RunEvent e WHERE e.runId = :run AND e.eventKey = :key",
                RunEvent.class).setParameter("run", run.id()).setParameter("key", eventKey).getResultStream()
                .findFirst().filter(e -> e.contentId().isPresent())
                .orElseThrow(() -> new org.agora.problems.Conflict("The event this one answers (" + eventKey
                        + ") did not happen."));
        return new Content(earlier.contentType().orElseThrow(), earlier.contentId().orElseThrow());
    }

    private static Citation.TargetType targetType(String type) {
        return switch (type) {
            case "comment" -> Citation.TargetType.COMMENT;
            case "idea" -> Citation.TargetType.IDEA;
            case "question" -> Citation.TargetType.QUESTION;
            default -> Citation.TargetType.ROUND;
        };
    }

    /** The key of the round draft's paragraph at position {@code n} (counted from 1). */
    private String paragraphKey(long roundId, int n) {
        var round = em.find(Engagement.class, roundId);
        var reference = round.draftVersionId().flatMap(drafts::reference).orElseThrow();
        var version = drafts.version(Optional.of(Actor.system("training").training(new Actor.Training(
                Set.of(round.trainingRunId().orElseThrow()), Set.of()))), reference.policyId(), reference.number());
        return version.paragraphs().get(n - 1).key();
    }

    /** Why the event's condition does not hold (so it is skipped), if it does not. */
    private Optional<String> conditionFails(TrainingRun run, ScriptedEvent e) {
        if (e.condition().isEmpty()) {
            return Optional.empty();
        }
        var condition = e.condition().get();
        Content on;
        try {
            on = content(run, condition.event());
        } catch (org.agora.problems.Conflict notThere) {
            return Optional.of("its condition names event " + condition.event() + ", which did not happen");
        }
        boolean handled = handled(run, on);
        boolean answered = answered(run, on);
        return switch (condition.when()) {
            case UNHANDLED -> handled ? Optional.of("you had dealt with " + condition.event() + " in time")
                    : Optional.empty();
            case HANDLED -> handled ? Optional.empty()
                    : Optional.of("nobody had dealt with " + condition.event());
            case UNANSWERED -> answered ? Optional.of("you had answered " + condition.event() + " in time")
                    : Optional.empty();
            case ANSWERED -> answered ? Optional.empty() : Optional.of(condition.event() + " was not answered");
        };
    }

    /** Whether the trainee took a moderation decision on the content. */
    private boolean handled(TrainingRun run, Content on) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.contentType = :type AND a.contentId = :id",
                AuditEntry.class).setParameter("type", on.type()).setParameter("id", on.id()).getResultStream()
                .anyMatch(a -> a.actorId().filter(id -> id == run.traineeId()).isPresent()
                        && HANDLING.contains(a.action()));
    }

    /**
     * Whether the trainee answered the content: a reply to the comment (or within its replies), a comment on the
     * idea, an answer to the question.
     */
    private boolean answered(TrainingRun run, Content on) {
        return switch (on.type()) {
            case "comment" -> em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.authorId = :me AND"
                    + " (c.parentId = :id OR c.parentId IN (SELECT r.id FROM Comment r WHERE r.parentId = :id))",
                    Long.class).setParameter("me", run.traineeId()).setParameter("id", on.id()).getSingleResult() > 0;
            case "idea" -> em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.authorId = :me AND c.ideaId = :id",
                    Long.class).setParameter("me", run.traineeId()).setParameter("id", on.id()).getSingleResult() > 0;
            case "question" -> em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.questionId = :id"
                    + " AND m.authorId = :me AND m.kind = org.agora.questions.entity.Message.Kind.ANSWER", Long.class)
                    .setParameter("me", run.traineeId()).setParameter("id", on.id()).getSingleResult() > 0;
            default -> false;
        };
    }
}
