package org.agora.questions.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.agora.questions.entity.Question;
import org.agora.questions.entity.State;

/**
 * A round's service figures, computed in Java from its questions (medians are not portable SQL, and aggregates over
 * converted instants fail on PostgreSQL).
 *
 * @param asked                        questions asked in the round
 * @param answered                     questions with at least one official answer
 * @param open                         questions an officer owes an answer now (waiting or claimed)
 * @param resolved                     questions the asker marked resolved
 * @param medianFirstResponseMinutes   median wall-clock minutes from asking to the first official answer (nights
 *                                     and weekends count); null while nothing is answered
 * @param answeredWithinSlaPercent     share of answered questions whose first answer came by its due time, 0–100
 *                                     with one decimal; null while nothing is answered
 * @param breaches                     questions owed an answer now whose due time has passed (first answers and
 *                                     follow-ups)
 * @param slaWorkingHours              the round's service level
 */
public record QuestionFigures(long roundId, int asked, int answered, int open, int resolved,
        Double medianFirstResponseMinutes, Double answeredWithinSlaPercent, int breaches, int slaWorkingHours,
        String clock) {

    public static final String CLOCK = "wall-clock minutes from asking to the first official answer";

    public static QuestionFigures of(long roundId, Collection<Question> questions, int slaWorkingHours, Instant now) {
        int answered = 0;
        int within = 0;
        int open = 0;
        int resolved = 0;
        int breaches = 0;
        var minutes = new java.util.ArrayList<Double>();
        for (var q : questions) {
            if (q.state().awaitsOfficer()) {
                open++;
            }
            if (q.state() == State.RESOLVED) {
                resolved++;
            }
            if (q.isBreached(now)) {
                breaches++;
            }
            var response = q.firstResponseTime();
            if (response.isPresent()) {
                answered++;
                minutes.add(minutes(response.get()));
                if (q.firstAnsweredWithinSla().orElse(false)) {
                    within++;
                }
            }
        }
        return new QuestionFigures(roundId, questions.size(), answered, open, resolved, median(minutes),
                answered == 0 ? null : Math.round(1000.0 * within / answered) / 10.0, breaches, slaWorkingHours,
                CLOCK);
    }

    private static double minutes(Duration d) {
        return Math.round(d.toMillis() / 6_000.0) / 10.0; // to a tenth of a minute
    }

    /** The middle value, or the mean of the two middle values; null for none. */
    static Double median(java.util.List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
