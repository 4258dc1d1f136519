package org.agora.sandbox.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.drafts.boundary.Drafts;
import org.agora.engagements.entity.Engagement;
import org.agora.sandbox.boundary.TrainingViews.CriterionView;
import org.agora.sandbox.boundary.TrainingViews.Debrief;
import org.agora.sandbox.boundary.TrainingViews.EventCounts;
import org.agora.sandbox.boundary.TrainingViews.ItemView;
import org.agora.sandbox.boundary.TrainingViews.ModeQuestion;
import org.agora.sandbox.boundary.TrainingViews.RunRound;
import org.agora.sandbox.boundary.TrainingViews.RunView;
import org.agora.sandbox.boundary.TrainingViews.TaskOutline;
import org.agora.sandbox.boundary.TrainingViews.TimelineEntry;
import org.agora.sandbox.control.RunRecord;
import org.agora.sandbox.control.Scenario;
import org.agora.sandbox.control.Scoring;
import org.agora.sandbox.entity.RunEvent;
import org.agora.sandbox.entity.TrainingRun;

/**
 * How runs and debriefs are shown, shared by the training and class boundaries (a CDI bean, so both call it
 * directly rather than through each other's EJB proxies).
 */
@Dependent
public class RunViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Drafts drafts;

    @Inject
    RunRecord record;

    /** The scored debrief: final once the run ended, provisional while it goes on. */
    public Debrief debrief(TrainingRun run, Scenario scenario) {
        var result = Scoring.score(scenario, record.facts(run));
        return new Debrief(run.id(), scenario.key(), scenario.title(), run.traineeName(), !run.isActive(),
                result.score(), scenario.goals(), result.criteria().stream().map(c -> new CriterionView(
                        c.criterion().slug(), label(c.criterion()), c.score(), c.weight(), c.words(),
                        c.items().stream().map(i -> new ItemView(i.ref(), i.subject(), i.expected(), i.actual(),
                                (int) Math.round(i.points() * 100), i.why())).toList())).toList());
    }

    public RunView view(TrainingRun run, Scenario scenario) {
        Instant real = clock.instant();
        Instant scenarioNow = run.isActive() ? run.scenarioNow(real) : run.clock().at(real);
        var events = em.createNamedQuery(RunEvent.OF_RUN, RunEvent.class).setParameter("run", run.id())
                .getResultList();
        int fired = 0;
        int pending = 0;
        int skipped = 0;
        var timeline = new ArrayList<TimelineEntry>();
        for (var e : events) {
            switch (e.state()) {
                case FIRED -> fired++;
                case PENDING -> pending++;
                default -> skipped++;
            }
            if (e.state() == RunEvent.State.PENDING) {
                continue;
            }
            var scripted = scenario.event(e.eventKey()).orElse(null);
            if (scripted == null) {
                continue;
            }
            var persona = scenario.persona(scripted.persona()).orElseThrow();
            Long latency = e.state() == RunEvent.State.FIRED && e.firedAt().isPresent() && e.dueAt().isPresent()
                    ? Duration.between(e.dueAt().get(), e.firedAt().get()).toMillis() : null;
            timeline.add(new TimelineEntry(e.eventKey(), scripted.at(), persona.name(), kind(persona.kind()),
                    scripted.action().name().toLowerCase(Locale.ROOT).replace('_', '-'), scripted.round(),
                    e.contentType().orElse(null), e.contentId().orElse(null), slug(e.state()),
                    e.detail().orElse(null), latency));
        }
        var rounds = new ArrayList<RunRound>();
        run.rounds().forEach((key, id) -> {
            var round = em.find(Engagement.class, id);
            if (round != null) {
                rounds.add(new RunRound(key, id, round.mode(), round.title(), page(round)));
            }
        });
        return new RunView(run.id(), scenario.key(), scenario.title(), slug(run.state()), run.speed(),
                run.classId().orElse(null), run.traineeName(), run.startedAt(), run.finishedAt().orElse(null),
                run.scenarioStart(), run.scenarioEnd(), scenarioNow,
                Math.min(scenario.durationMinutes(), Duration.between(run.scenarioStart(), scenarioNow).toMinutes()),
                scenario.durationMinutes(), rounds, new EventCounts(events.size(), fired, pending, skipped),
                timeline, scenario.modeChoice().map(m -> new ModeQuestion(m.prompt(), m.options(),
                        run.modeChoice().orElse(null))).orElse(null),
                run.plan().orElse(null), tasks(scenario), run.score().orElse(null));
    }

    /** The page a round is worked in: the same pages as live rounds. */
    private String page(Engagement round) {
        return switch (round.mode()) {
            case CONSULTATION -> round.draftVersionId().flatMap(drafts::reference)
                    .map(d -> "/draft.html?policy=" + d.policyId() + "&version=" + d.number() + "&round=" + round.id())
                    .orElse("/draft.html?round=" + round.id());
            case CO_DEVELOPMENT -> "/ideas.html?round=" + round.id();
            case BROADCAST -> "/updates.html?round=" + round.id();
            case CUSTOMER_SERVICE -> "/questions.html?round=" + round.id();
        };
    }

    static List<TaskOutline> tasks(Scenario s) {
        return s.tasks().stream().map(t -> new TaskOutline(t.id(), t.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), t.round(), t.within().orElse(null), t.why())).toList();
    }

    static String kind(Scenario.PersonaKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String slug(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String label(Scenario.Criterion c) {
        return switch (c) {
            case MODERATION -> "Moderation accuracy";
            case TIMELINESS -> "Timeliness";
            case EVIDENCE -> "Evidence";
            case TONE -> "Tone of official replies";
            case COMPLETENESS -> "Completeness";
            case ESCALATION -> "Escalation";
            case MODE -> "Choice of mode";
        };
    }

}
