package org.agora.sandbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.opendata.control.SpreadsheetCsv;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;
import org.agora.sandbox.boundary.TrainingViews.ClassSummary;
import org.agora.sandbox.boundary.TrainingViews.ClassView;
import org.agora.sandbox.boundary.TrainingViews.CohortRow;
import org.agora.sandbox.control.Scenario;
import org.agora.sandbox.entity.Enrolment;
import org.agora.sandbox.entity.TrainingClass;
import org.agora.sandbox.entity.TrainingRun;

/**
 * Trainers' classes (ADR 0009): a scenario at one speed for a cohort of trainees named by their user names; the
 * cohort table (each trainee's run, progress and score per criterion, provisional while they play), as CSV too;
 * resetting one trainee's run or the whole class.
 */
@Stateless
public class Classes {

    /** User names as the identity provider allows them. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    static final int MAX_COHORT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ScenarioLibrary library;

    @Inject
    RunViews views;

    @Inject
    Training training;

    public ClassView create(Actor trainer, String title, String scenarioKey, Integer speed, List<String> trainees) {
        if (!trainer.has(Role.TRAINER)) {
            throw new Forbidden("Classes are created by trainers.");
        }
        var scenario = library.find(scenarioKey == null ? "" : scenarioKey)
                .orElseThrow(() -> new InvalidField("scenario", "names no scenario of the library"));
        int pace = speed == null ? 12 : speed;
        if (pace < 1 || pace > TrainingRun.MAX_SPEED) {
            throw new InvalidField("speed", "must be 1 (real time) to " + TrainingRun.MAX_SPEED);
        }
        var names = new LinkedHashSet<String>();
        for (int i = 0; trainees != null && i < trainees.size(); i++) {
            String name = trainees.get(i) == null ? "" : trainees.get(i).strip();
            if (!USERNAME.matcher(name).matches()) {
                throw new InvalidField("trainees[" + i + "]", "must be a user name (letters, digits, . _ @ -)");
            }
            names.add(Enrolment.normalise(name));
        }
        if (names.isEmpty()) {
            throw new InvalidField("trainees", "must name at least one trainee");
        }
        if (names.size() > MAX_COHORT) {
            throw new InvalidField("trainees", "must name at most " + MAX_COHORT + " trainees");
        }
        String name = title == null || title.isBlank() ? scenario.title() : title.strip();
        if (name.length() > 200) {
            throw new InvalidField("title", "must be at most 200 characters");
        }
        var course = new TrainingClass(name, scenario.key(), pace, trainer.participantId(), trainer.displayName(),
                clock.instant());
        em.persist(course);
        em.flush();
        for (String n : names) {
            em.persist(new Enrolment(course.id(), n));
        }
        em.flush();
        return view(course);
    }

    public List<ClassSummary> mine(Actor trainer) {
        var out = new ArrayList<ClassSummary>();
        for (var c : em.createNamedQuery(TrainingClass.OF_TRAINER, TrainingClass.class)
                .setParameter("trainer", trainer.participantId()).setMaxResults(100).getResultList()) {
            var enrolments = enrolments(c.id());
            int started = 0;
            int finished = 0;
            for (var e : enrolments) {
                var run = e.runId().map(id -> em.find(TrainingRun.class, id)).orElse(null);
                if (run != null) {
                    started++;
                    if (run.state() == TrainingRun.State.FINISHED) {
                        finished++;
                    }
                }
            }
            out.add(new ClassSummary(c.id(), c.title(), c.scenarioKey(), title(c), c.speed(), c.createdAt(),
                    enrolments.size(), started, finished));
        }
        return out;
    }

    public ClassView get(Actor trainer, long classId) {
        return view(owned(trainer, classId));
    }

    /** The cohort table as CSV (RFC 4180, cells a spreadsheet would run as formulas quoted): a row per trainee. */
    public String csv(Actor trainer, long classId) {
        var view = view(owned(trainer, classId));
        var header = new ArrayList<>(List.of("username", "run", "state", "minutes_elapsed", "events_fired",
                "events_total", "score", "final"));
        header.addAll(view.criteria());
        var csv = new SpreadsheetCsv(header.toArray(String[]::new));
        for (var row : view.cohort()) {
            var cells = new ArrayList<Object>(List.of(row.username(), row.runId() == null ? "" : row.runId(),
                    row.state(), row.minutesElapsed(), row.eventsFired(), row.eventsTotal(),
                    row.score() == null ? "" : row.score(), row.complete()));
            view.criteria().forEach(c -> cells.add(row.criteria().getOrDefault(c, null) == null ? ""
                    : row.criteria().get(c)));
            csv.row(cells.toArray());
        }
        return csv.toString();
    }

    /** Resets every started run of the class: each trainee starts afresh when ready. */
    public ClassView resetAll(Actor trainer, long classId) {
        var course = owned(trainer, classId);
        for (var e : enrolments(classId)) {
            var run = e.runId().map(id -> em.find(TrainingRun.class, id)).orElse(null);
            if (run != null && run.state() != TrainingRun.State.RESET) {
                training.reset(trainer, run.id());
            } else {
                e.cleared();
            }
        }
        em.flush();
        return view(course);
    }

    private TrainingClass owned(Actor trainer, long classId) {
        var course = em.find(TrainingClass.class, classId);
        if (course == null || course.trainerId() != trainer.participantId()) {
            throw new NotFound("training class", classId);
        }
        return course;
    }

    private List<Enrolment> enrolments(long classId) {
        return em.createNamedQuery(Enrolment.OF_CLASS, Enrolment.class).setParameter("class", classId)
                .getResultList();
    }

    private String title(TrainingClass c) {
        return library.find(c.scenarioKey()).map(Scenario::title).orElse(c.scenarioKey());
    }

    private ClassView view(TrainingClass course) {
        var scenario = library.get(course.scenarioKey());
        var criteria = scenario.rubric().keySet().stream().sorted().map(Scenario.Criterion::slug).toList();
        var cohort = new ArrayList<CohortRow>();
        for (var e : enrolments(course.id())) {
            var run = e.runId().map(id -> em.find(TrainingRun.class, id)).orElse(null);
            if (run == null) {
                cohort.add(new CohortRow(e.username(), null, "not-started", 0, 0, scenario.events().size(), null,
                        false, new LinkedHashMap<>()));
                continue;
            }
            var shown = views.view(run, scenario);
            var debrief = views.debrief(run, scenario);
            var scores = new LinkedHashMap<String, Integer>();
            debrief.criteria().forEach(c -> scores.put(c.criterion(), c.score()));
            cohort.add(new CohortRow(e.username(), run.id(), shown.state(), shown.minutesElapsed(),
                    shown.events().fired(), shown.events().total(), debrief.score(), debrief.complete(), scores));
        }
        return new ClassView(course.id(), course.title(), course.scenarioKey(), scenario.title(), course.speed(),
                course.trainerName(), course.createdAt(), criteria, cohort);
    }
}
