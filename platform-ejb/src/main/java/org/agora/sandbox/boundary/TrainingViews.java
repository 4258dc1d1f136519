package org.agora.sandbox.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.engagements.entity.Mode;

/** What the training API answers: scenarios, runs, debriefs and classes (ADR 0009). */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A scenario in the library list. */
    public record ScenarioSummary(String key, String title, String topic, String topicLabel, List<Mode> modes,
            List<String> goals, int durationMinutes, int personas, int events) {
    }

    /**
     * What a trainee reads before starting: the briefing, the rounds they will run, who takes part, what they must do
     * besides answering people, and the rubric they are scored by (the per-event answer key stays hidden until the
     * debrief).
     */
    public record ScenarioDetail(String key, String title, String topic, String topicLabel, List<Mode> modes,
            List<String> goals, String briefing, int durationMinutes, List<RoundOutline> rounds,
            List<PersonaOutline> personas, List<TaskOutline> tasks, ModeQuestion modeChoice,
            List<RubricLine> rubric) {
    }

    public record RoundOutline(String key, Mode mode, String title, String summary, boolean hasDraft,
            boolean preModeration) {
    }

    public record PersonaOutline(String name, String kind, String description) {
    }

    public record TaskOutline(String id, String kind, String round, Integer withinMinutes, String description) {
    }

    /** A question about the engagement mode, if the scenario asks one; {@code chosen} once answered. */
    public record ModeQuestion(String prompt, List<Mode> options, Mode chosen) {
    }

    public record RubricLine(String criterion, String label, int weight, String words) {
    }

    /**
     * A run: its state and clock (scenario time now, elapsed and total scenario minutes), its rounds with the pages
     * to work them in, what has happened so far, and, once it ended, its score.
     */
    public record RunView(long id, String scenario, String title, String state, int speed, Long classId,
            String trainee, Instant startedAt, Instant finishedAt, Instant scenarioStart, Instant scenarioEnd,
            Instant scenarioNow, long minutesElapsed, int minutesTotal, List<RunRound> rounds, EventCounts events,
            List<TimelineEntry> timeline, ModeQuestion modeChoice, String plan, List<TaskOutline> tasks,
            Integer score) {
    }

    /** A round of the run: {@code page} is where the trainee works it (the same pages as live rounds). */
    public record RunRound(String key, long id, Mode mode, String title, String page) {
    }

    public record EventCounts(int total, int fired, int pending, int skipped) {
    }

    /**
     * Something a persona did (or would have done): at scenario minute {@code minute}, who, what, on which content;
     * {@code latencyMillis}: how long after its due real time it fired.
     */
    public record TimelineEntry(String event, int minute, String persona, String personaKind, String action,
            String round, String contentType, Long contentId, String state, String detail, Long latencyMillis) {
    }

    /** The scored debrief; {@code complete} is false while the run still goes on (a provisional score). */
    public record Debrief(long runId, String scenario, String title, String trainee, boolean complete, int score,
            List<String> goals, List<CriterionView> criteria) {
    }

    public record CriterionView(String criterion, String label, int score, int weight, String words,
            List<ItemView> items) {
    }

    /** One scored point: the event or task, what the key expected, what the trainee did, the points and why. */
    public record ItemView(String ref, String subject, String expected, String actual, int points, String why) {
    }

    /** A trainer's class with its cohort table. */
    public record ClassView(long id, String title, String scenario, String scenarioTitle, int speed, String trainer,
            Instant createdAt, List<String> criteria, List<CohortRow> cohort) {
    }

    /**
     * One trainee of the class: their current run (if they started), its state, progress and score, and a score per
     * criterion (provisional while the run goes on).
     */
    public record CohortRow(String username, Long runId, String state, long minutesElapsed, int eventsFired,
            int eventsTotal, Integer score, boolean complete, Map<String, Integer> criteria) {
    }

    public record ClassSummary(long id, String title, String scenario, String scenarioTitle, int speed,
            Instant createdAt, int trainees, int started, int finished) {
    }

    /** A trainee's place in the sandbox: their runs, and the classes they are enrolled in. */
    public record MyTraining(List<RunView> runs, List<Invitation> classes) {
    }

    /** A class the trainee is enrolled in; {@code runId} once they started its scenario. */
    public record Invitation(long classId, String title, String scenario, String scenarioTitle, int speed,
            String trainer, Long runId, String runState) {
    }
}
