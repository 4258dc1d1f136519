package org.agora.sandbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agora.drafts.boundary.Drafts;
import org.agora.engagements.boundary.Engagements;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.Mode;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;
import org.agora.sandbox.boundary.TrainingViews.CriterionView;
import org.agora.sandbox.boundary.TrainingViews.Debrief;
import org.agora.sandbox.boundary.TrainingViews.EventCounts;
import org.agora.sandbox.boundary.TrainingViews.Invitation;
import org.agora.sandbox.boundary.TrainingViews.ItemView;
import org.agora.sandbox.boundary.TrainingViews.ModeQuestion;
import org.agora.sandbox.boundary.TrainingViews.MyTraining;
import org.agora.sandbox.boundary.TrainingViews.PersonaOutline;
import org.agora.sandbox.boundary.TrainingViews.RoundOutline;
import org.agora.sandbox.boundary.TrainingViews.RubricLine;
import org.agora.sandbox.boundary.TrainingViews.RunRound;
import org.agora.sandbox.boundary.TrainingViews.RunView;
import org.agora.sandbox.boundary.TrainingViews.ScenarioDetail;
import org.agora.sandbox.boundary.TrainingViews.ScenarioSummary;
import org.agora.sandbox.boundary.TrainingViews.TaskOutline;
import org.agora.sandbox.boundary.TrainingViews.TimelineEntry;
import org.agora.sandbox.control.RunRecord;
import org.agora.sandbox.control.Scenario;
import org.agora.sandbox.control.Scoring;
import org.agora.sandbox.control.TrainingRefused;
import org.agora.sandbox.entity.Enrolment;
import org.agora.sandbox.entity.RunEvent;
import org.agora.sandbox.entity.TrainingClass;
import org.agora.sandbox.entity.TrainingRun;

/**
 * Training runs (ADR 0009): a trainee starts a scenario (alone or in a class), which makes the run's own rounds and
 * drafts and schedules the personas' events on the run's clock; pauses, resumes, finishes or resets it; and reads
 * the scored debrief. Also answers where an actor stands in the sandbox, for every other component's checks.
 */
@Stateless
public class Training {

    /** Runs a trainee may have going at once. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "agora.training.max-active-runs",
            defaultValue = "5")
    int maxActiveRuns;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ScenarioLibrary library;

    @Inject
    Engagements engagements;

    @Inject
    Drafts drafts;

    @Inject
    RunRecord record;

    @Inject
    RunViews views;

    // --- the library

    public List<ScenarioSummary> scenarios() {
        return library.all().stream().map(s -> new ScenarioSummary(s.key(), s.title(), s.topic().slug(),
                s.topic().label(), s.modes(), s.goals(), s.durationMinutes(), s.personas().size(), s.events().size()))
                .toList();
    }

    public ScenarioDetail scenario(String key) {
        var s = library.get(key);
        return new ScenarioDetail(s.key(), s.title(), s.topic().slug(), s.topic().label(), s.modes(), s.goals(),
                s.briefing(), s.durationMinutes(),
                s.rounds().stream().map(r -> new RoundOutline(r.key(), r.mode(), r.title(), r.summary(),
                        r.draftMarkdown().isPresent(), r.preModeration())).toList(),
                s.personas().stream().map(p -> new PersonaOutline(p.name(), RunViews.kind(p.kind()), p.description()))
                        .toList(),
                RunViews.tasks(s), s.modeChoice().map(m -> new ModeQuestion(m.prompt(), m.options(), null)).orElse(null),
                rubric(s));
    }

    private static List<RubricLine> rubric(Scenario s) {
        return s.rubric().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new RubricLine(e.getKey().slug(), RunViews.label(e.getKey()), e.getValue().weight(),
                        e.getValue().words())).toList();
    }

    // --- where an actor stands

    /**
     * The runs an actor plays (a trainee's running or paused runs: there they are officer and moderator) and those
     * they may only look at (a trainee's ended runs; every run of a trainer's classes).
     */
    public Actor.Training whereIs(Actor actor) {
        var plays = new HashSet<Long>();
        var watches = new HashSet<Long>();
        if (actor.has(Role.TRAINEE)) {
            for (Object[] row : em.createQuery("SELECT r.id, r.state FROM TrainingRun r WHERE r.traineeId = :me",
                    Object[].class).setParameter("me", actor.participantId()).getResultList()) {
                var state = (TrainingRun.State) row[1];
                (state == TrainingRun.State.RUNNING || state == TrainingRun.State.PAUSED ? plays : watches)
                        .add((Long) row[0]);
            }
        }
        if (actor.has(Role.TRAINER)) {
            watches.addAll(em.createQuery("SELECT r.id FROM TrainingRun r, TrainingClass c WHERE r.classId = c.id"
                    + " AND c.trainerId = :me", Long.class).setParameter("me", actor.participantId())
                    .getResultList());
        }
        return new Actor.Training(plays, watches);
    }

    // --- runs

    /**
     * Starts a run of a scenario for the trainee: alone ({@code classId} null, at {@code speed}), or as their place
     * in a class (the class's scenario and speed).
     */
    public RunView start(Actor trainee, String scenarioKey, Integer speed, Long classId) {
        if (!trainee.has(Role.TRAINEE)) {
            throw new Forbidden("Runs are started by trainees; a trainer creates a class for them.");
        }
        Enrolment enrolment = null;
        String key = scenarioKey;
        int pace;
        if (classId != null) {
            var course = em.find(TrainingClass.class, classId);
            enrolment = course == null ? null : enrolmentOf(classId, trainee.displayName());
            if (enrolment == null) {
                throw new NotFound("training class", classId);
            }
            if (enrolment.runId().map(id -> em.find(TrainingRun.class, id)).filter(TrainingRun::isActive)
                    .isPresent()) {
                throw TrainingRefused.conflict("run-exists", "You already have a run of this class going (run "
                        + enrolment.runId().get() + "); finish or reset it first.");
            }
            if (key != null && !key.equals(course.scenarioKey())) {
                throw new InvalidField("scenario", "must be the class's scenario (" + course.scenarioKey()
                        + ") or left out");
            }
            key = course.scenarioKey();
            pace = course.speed();
        } else {
            if (key == null || key.isBlank()) {
                throw new InvalidField("scenario", "is required");
            }
            pace = speed == null ? 12 : speed;
        }
        long active = em.createQuery("SELECT COUNT(r) FROM TrainingRun r WHERE r.traineeId = :me AND r.state IN"
                + " (org.agora.sandbox.entity.TrainingRun.State.RUNNING,"
                + " org.agora.sandbox.entity.TrainingRun.State.PAUSED)", Long.class)
                .setParameter("me", trainee.participantId()).getSingleResult();
        if (active >= maxActiveRuns) {
            throw TrainingRefused.conflict("too-many-runs", "You have " + active + " runs going; finish or reset"
                    + " one before starting another (at most " + maxActiveRuns + ").");
        }
        var scenario = library.find(key).orElseThrow(() -> new InvalidField("scenario",
                "names no scenario of the library"));
        var run = begin(scenario, trainee.participantId(), trainee.displayName(), classId, pace);
        if (enrolment != null) {
            enrolment.started(run.id());
        }
        return views.view(run, scenario);
    }

    /** Makes the run, its rounds (and drafts) and its scheduled events. */
    private TrainingRun begin(Scenario scenario, long traineeId, String traineeName, Long classId, int speed) {
        Instant now = clock.instant();
        var run = new TrainingRun(scenario.key(), traineeId, traineeName, classId, speed, scenarioStart(now),
                scenario.durationMinutes(), now);
        em.persist(run);
        em.flush();
        long runId = run.id();
        String agency = Actor.Training.agencyOf(runId);
        var rounds = new LinkedHashMap<String, Long>();
        for (var spec : scenario.rounds()) {
            Long version = spec.draftMarkdown().map(markdown -> drafts.sandboxDraft(runId, agency,
                    spec.draftTitle().orElse(spec.title()), markdown, run.scenarioStart()).versionId())
                    .orElse(null);
            rounds.put(spec.key(), engagements.createSandboxRound(runId, spec.title(), spec.summary(), spec.mode(),
                    version, spec.preModeration(), spec.slaWorkingHours(), run.scenarioEnd(), run.clock()));
        }
        run.rounds(rounds);
        for (var event : scenario.events()) {
            Instant at = run.scenarioStart().plus(event.at(), ChronoUnit.MINUTES);
            em.persist(new RunEvent(runId, event.id(), at, run.clock().realAt(at)));
        }
        em.flush();
        return run;
    }

    /**
     * Where scenario time starts: 09:00 UTC on the latest working day, so service-level clocks (working hours) run
     * from the first minute.
     */
    static Instant scenarioStart(Instant now) {
        var day = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (now.atZone(ZoneOffset.UTC).toLocalTime().isBefore(LocalTime.of(9, 0))) {
            day = day.minusDays(1);
        }
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    public RunView get(Actor actor, long runId) {
        var run = visible(actor, runId);
        return views.view(run, library.get(run.scenarioKey()));
    }

    public MyTraining mine(Actor actor) {
        var runs = em.createNamedQuery(TrainingRun.OF_TRAINEE, TrainingRun.class)
                .setParameter("trainee", actor.participantId()).setMaxResults(50).getResultList().stream()
                .map(r -> views.view(r, library.get(r.scenarioKey()))).toList();
        var invitations = new ArrayList<Invitation>();
        if (actor.has(Role.TRAINEE)) {
            for (var e : em.createNamedQuery(Enrolment.OF_USERNAME, Enrolment.class)
                    .setParameter("username", Enrolment.normalise(actor.displayName())).setMaxResults(50)
                    .getResultList()) {
                var course = em.find(TrainingClass.class, e.classId());
                var run = e.runId().map(id -> em.find(TrainingRun.class, id));
                invitations.add(new Invitation(course.id(), course.title(), course.scenarioKey(),
                        library.find(course.scenarioKey()).map(Scenario::title).orElse(course.scenarioKey()),
                        course.speed(), course.trainerName(), e.runId().orElse(null),
                        run.map(r -> RunViews.slug(r.state())).orElse(null)));
            }
        }
        return new MyTraining(runs, invitations);
    }

    public RunView pause(Actor actor, long runId) {
        var run = played(actor, runId);
        var clockNow = run.pause(clock.instant());
        retime(run, clockNow, false);
        return views.view(run, library.get(run.scenarioKey()));
    }

    public RunView resume(Actor actor, long runId) {
        var run = played(actor, runId);
        var clockNow = run.resume(clock.instant());
        retime(run, clockNow, false);
        return views.view(run, library.get(run.scenarioKey()));
    }

    /** The trainee is done: the run is scored, its rounds close and what the personas had yet to do is skipped. */
    public RunView finish(Actor actor, long runId) {
        var run = played(actor, runId);
        end(run);
        return views.view(run, library.get(run.scenarioKey()));
    }

    /**
     * A fresh start. The trainee's own reset ends the run and starts a new one of the same scenario at once (in its
     * class, if any); a trainer's reset ends it and frees the trainee's place, so they start again when ready.
     */
    public RunView reset(Actor actor, long runId) {
        var run = visible(actor, runId);
        boolean trainee = run.traineeId() == actor.participantId();
        if (!trainee && !trainsClassOf(actor, run)) {
            throw new Forbidden("Only the trainee or their trainer may reset this run.");
        }
        var scenario = library.get(run.scenarioKey());
        var clockNow = run.reset(clock.instant());
        retime(run, clockNow, true);
        skipPending(run, "the run was reset");
        var enrolment = run.classId().map(c -> enrolmentOf(c, run.traineeName())).orElse(null);
        if (!trainee) {
            if (enrolment != null) {
                enrolment.cleared();
            }
            return views.view(run, scenario);
        }
        var fresh = begin(scenario, run.traineeId(), run.traineeName(), run.classId().orElse(null), run.speed());
        if (enrolment != null) {
            enrolment.started(fresh.id());
        }
        return views.view(fresh, scenario);
    }

    /** The trainee's answer to the scenario's question about the engagement mode. */
    public RunView chooseMode(Actor actor, long runId, Mode mode) {
        var run = played(actor, runId);
        var scenario = library.get(run.scenarioKey());
        var question = scenario.modeChoice().orElseThrow(() -> TrainingRefused.conflict("no-mode-choice",
                "This scenario does not ask you to choose a mode."));
        if (!question.options().contains(mode)) {
            throw new InvalidField("mode", "must be one of " + question.options());
        }
        run.chooseMode(mode);
        return views.view(run, scenario);
    }

    /** The trainee's engagement plan (goals, success criteria, communities to reach). */
    public RunView plan(Actor actor, long runId, String text) {
        var run = played(actor, runId);
        String plan = text == null ? "" : text.strip();
        if (plan.isEmpty()) {
            throw new InvalidField("plan", "is required");
        }
        if (plan.length() > 4000) {
            throw new InvalidField("plan", "must be at most 4000 characters");
        }
        run.writePlan(plan);
        return views.view(run, library.get(run.scenarioKey()));
    }

    /** The scored debrief: final once the run ended, provisional while it goes on. */
    public Debrief debrief(Actor actor, long runId) {
        var run = visible(actor, runId);
        return views.debrief(run, library.get(run.scenarioKey()));
    }

    // --- the run's end, by itself

    /** Runs whose scenario time is up at real time now (the scheduler ends them). */
    public List<Long> expired() {
        Instant now = clock.instant();
        return em.createNamedQuery(TrainingRun.RUNNING, TrainingRun.class).getResultStream()
                .filter(r -> r.timeIsUp(now)).map(TrainingRun::id).toList();
    }

    /** Ends a run whose time is up, if it still runs (another node may have ended it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void endIfExpired(long runId) {
        var run = em.find(TrainingRun.class, runId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (run != null && run.state() == TrainingRun.State.RUNNING && run.timeIsUp(clock.instant())) {
            end(run);
        }
    }

    private void end(TrainingRun run) {
        var scenario = library.get(run.scenarioKey());
        int score = Scoring.score(scenario, record.facts(run)).score();
        var clockNow = run.finish(clock.instant(), score);
        retime(run, clockNow, true);
        skipPending(run, "the run ended first");
    }

    private void retime(TrainingRun run, org.agora.engagements.entity.ScenarioClock runClock, boolean close) {
        engagements.retimeSandbox(run.id(), runClock, close);
        for (var e : em.createNamedQuery(RunEvent.OF_RUN, RunEvent.class).setParameter("run", run.id())
                .getResultList()) {
            e.dueAt(runClock.realAt(e.scenarioAt()));
        }
    }

    private void skipPending(TrainingRun run, String why) {
        Instant now = clock.instant();
        for (var e : em.createNamedQuery(RunEvent.OF_RUN, RunEvent.class).setParameter("run", run.id())
                .getResultList()) {
            if (e.state() == RunEvent.State.PENDING) {
                e.skipped(why, now);
            }
        }
    }

    // --- who may see and play a run

    /** A run the actor may look at: its trainee's, or one of the actor's classes'; 404 to everyone else. */
    private TrainingRun visible(Actor actor, long runId) {
        var run = em.find(TrainingRun.class, runId);
        if (run == null || (run.traineeId() != actor.participantId() && !trainsClassOf(actor, run))) {
            throw new NotFound("training run", runId);
        }
        return run;
    }

    /** A run the actor plays: only its trainee may steer it. */
    private TrainingRun played(Actor actor, long runId) {
        var run = visible(actor, runId);
        if (run.traineeId() != actor.participantId()) {
            throw new Forbidden("Only the trainee plays this run; as their trainer you may watch it or reset it.");
        }
        return run;
    }

    private boolean trainsClassOf(Actor actor, TrainingRun run) {
        return actor.has(Role.TRAINER) && run.classId().map(c -> em.find(TrainingClass.class, c))
                .filter(c -> c.trainerId() == actor.participantId()).isPresent();
    }

    private Enrolment enrolmentOf(long classId, String username) {
        return em.createNamedQuery(Enrolment.OF_CLASS, Enrolment.class).setParameter("class", classId)
                .getResultStream().filter(e -> e.username().equals(Enrolment.normalise(username))).findFirst()
                .orElse(null);
    }

}
