package org.agora.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.engagements.entity.Mode;
import org.agora.sandbox.control.Scenario.Criterion;
import org.agora.sandbox.control.Scoring.Done;
import org.agora.sandbox.control.Scoring.Facts;
import org.agora.sandbox.control.Scoring.Happened;
import org.agora.sandbox.control.Scoring.Item;
import org.agora.sandbox.control.Scoring.Kind;
import org.junit.jupiter.api.Test;

/** Each criterion of the debrief, scored from facts made by hand (no server). */
class ScoringTest {

    static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

    /** A scenario scoring every criterion: abuse, a grievance, a rumour, a threat, a mode question and a task. */
    static final Scenario SCENARIO = ScenarioParser.parse("scenarios/scoring.json", """
            {"key": "scoring", "title": "Scoring", "topic": "taming-trolls", "modes": ["BROADCAST"],
             "goals": ["Everything"], "briefing": "A test of every criterion.", "durationMinutes": 60,
             "rounds": [{"key": "news", "mode": "BROADCAST", "title": "News", "summary": "Updates."}],
             "personas": [{"key": "rex", "name": "Rex", "kind": "TROLL", "description": "Insults people."},
                          {"key": "bill", "name": "Bill", "kind": "ANGRY_RESIDENT", "description": "Real grievance."},
                          {"key": "gary", "name": "Gary", "kind": "MISINFORMER", "description": "Spreads rumours."}],
             "tasks": [{"id": "t1", "kind": "UPDATE_WITH_SOURCE", "round": "news", "within": 10,
                        "why": "Speak first, with a source."}],
             "modeChoice": {"prompt": "Which mode?", "options": ["BROADCAST", "CONSULTATION"],
                            "answer": "BROADCAST", "why": "Nothing is open to change."},
             "events": [
               {"id": "abuse", "at": 5, "persona": "rex", "action": "QUESTION", "public": true, "title": "You idiots",
                "text": "You are all idiots.",
                "key": [{"expect": "REMOVE", "reasons": ["ABUSE"], "within": 10, "why": "Abuse."},
                        {"expect": "NO_REPLY", "why": "Do not feed the troll."}]},
               {"id": "grievance", "at": 10, "persona": "bill", "action": "QUESTION", "public": true,
                "title": "Still waiting", "text": "Nobody fixed my street.",
                "key": [{"expect": "LEAVE", "why": "Criticism is not abuse."},
                        {"expect": "ANSWER", "within": 20, "why": "Answer him."}]},
               {"id": "rumour", "at": 15, "persona": "gary", "action": "QUESTION", "public": true,
                "title": "Lead?", "text": "The water has lead in it.",
                "key": [{"expect": "REPLY_WITH_SOURCE", "within": 20, "why": "Correct it with the test results."}]},
               {"id": "threat", "at": 20, "persona": "bill", "action": "QUESTION", "public": true,
                "title": "Or else", "text": "I will sort the wardens out myself.",
                "key": [{"expect": "ESCALATE", "within": 10, "why": "A threat goes to the people who handle it."}]},
               {"id": "again", "at": 30, "persona": "rex", "action": "QUESTION", "public": true, "title": "Again",
                "text": "Still idiots.", "if": {"unhandled": "abuse"},
                "key": [{"expect": "REMOVE", "within": 5, "why": "Again abuse."}]}
             ],
             "rubric": {"moderation": {"weight": 30, "words": "Remove abuse, leave criticism up."},
                        "timeliness": {"weight": 20, "words": "Act in time."},
                        "evidence": {"weight": 15, "words": "Correct with sources."},
                        "tone": {"weight": 10, "words": "Kind and plain."},
                        "completeness": {"weight": 10, "words": "Answer people."},
                        "escalation": {"weight": 10, "words": "Escalate threats."},
                        "mode": {"weight": 5, "words": "Choose the mode that fits."}}}
            """);

    static Instant minute(int m) {
        return START.plus(Duration.ofMinutes(m));
    }

    /** The first four events happened (their content: questions 1–4); "again" did not. */
    static List<Happened> happened() {
        return List.of(new Happened("abuse", true, minute(5), "question", 1L),
                new Happened("grievance", true, minute(10), "question", 2L),
                new Happened("rumour", true, minute(15), "question", 3L),
                new Happened("threat", true, minute(20), "question", 4L),
                new Happened("again", false, minute(30), null, null));
    }

    static Done decision(long on, int at, String action, String reason) {
        return new Done(Kind.DECISION, "question", on, minute(at), action, reason, "Statement.", false);
    }

    static Done answer(long on, int at, String text, boolean cited) {
        return new Done(Kind.ANSWER, "question", on, minute(at), "answer", null, text, cited);
    }

    static Scoring.Result score(List<Done> done, Optional<Mode> mode) {
        return Scoring.score(SCENARIO, new Facts(START, mode, Optional.empty(), happened(), done));
    }

    static Scoring.CriterionScore criterion(Scoring.Result result, Criterion c) {
        return result.criteria().stream().filter(s -> s.criterion() == c).findFirst().orElseThrow();
    }

    static Item item(Scoring.Result result, Criterion c, String ref, String expectedStart) {
        return criterion(result, c).items().stream().filter(i -> i.ref().equals(ref)
                && i.expected().startsWith(expectedStart)).findFirst().orElseThrow();
    }

    /** Everything as the key wants it, on time. */
    static List<Done> model() {
        var done = new ArrayList<Done>();
        done.add(new Done(Kind.UPDATE, null, null, minute(3), "update", null, "Water is safe. Results: see link.",
                true));
        done.add(decision(1, 8, "remove", "ABUSE"));
        done.add(answer(2, 15, "Thank you, Bill. I am sorry for the wait. A crew comes on Monday.", false));
        done.add(answer(3, 20, "Thank you for asking. The tests found no lead: https://example.org/results", false));
        done.add(decision(4, 22, "escalate", null));
        return done;
    }

    @Test
    void doing_what_the_key_expects_on_time_scores_full_marks_on_every_criterion() {
        var result = score(model(), Optional.of(Mode.BROADCAST));
        assertThat(result.criteria()).allSatisfy(c -> assertThat(c.score()).as(c.criterion() + ": " + c.items())
                .isEqualTo(100));
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.criteria()).extracting(Scoring.CriterionScore::criterion)
                .containsExactly(Criterion.values());
    }

    @Test
    void an_event_whose_condition_did_not_hold_is_not_scored() {
        var result = score(model(), Optional.of(Mode.BROADCAST));
        assertThat(criterion(result, Criterion.MODERATION).items()).noneMatch(i -> i.ref().equals("again"));
    }

    @Test
    void moderation_counts_under_enforcement_over_enforcement_and_wrong_reason_codes() {
        var done = new ArrayList<>(model());
        done.removeIf(d -> d.kind() == Kind.DECISION && d.contentId() == 1);
        var left = score(done, Optional.empty());
        var abuse = item(left, Criterion.MODERATION, "abuse", "remove");
        assertThat(abuse.points()).isZero();
        assertThat(abuse.actual()).contains("under-enforcement");

        done.add(decision(1, 8, "hide", "ABUSE"));
        assertThat(item(score(done, Optional.empty()), Criterion.MODERATION, "abuse", "remove").points())
                .as("hiding is half of removing").isEqualTo(0.5);

        done.removeIf(d -> d.kind() == Kind.DECISION && d.contentId() == 1);
        done.add(decision(1, 8, "remove", "SPAM"));
        var wrong = item(score(done, Optional.empty()), Criterion.MODERATION, "abuse", "remove");
        assertThat(wrong.points()).isEqualTo(0.75);
        assertThat(wrong.actual()).contains("reason code SPAM, the key expects ABUSE");

        done.add(decision(2, 12, "remove", "ABUSE"));
        var over = item(score(done, Optional.empty()), Criterion.MODERATION, "grievance", "leave");
        assertThat(over.points()).isZero();
        assertThat(over.actual()).contains("over-enforcement");

        done.add(decision(2, 13, "undo", null));
        assertThat(item(score(done, Optional.empty()), Criterion.MODERATION, "grievance", "leave").points())
                .as("an undone removal no longer counts").isEqualTo(1);
    }

    @Test
    void replying_to_a_troll_is_feeding_it() {
        var done = new ArrayList<>(model());
        done.add(new Done(Kind.REPLY, "question", 1L, minute(6), "reply", null, "Please be polite.", false));
        var fed = item(score(done, Optional.empty()), Criterion.MODERATION, "abuse", "do not reply");
        assertThat(fed.points()).isZero();
        assertThat(fed.actual()).startsWith("replied (fed the troll)");
    }

    @Test
    void timeliness_is_full_within_the_key_and_falls_off_linearly_after() {
        var done = new ArrayList<>(model());
        done.removeIf(d -> d.kind() == Kind.ANSWER && d.contentId() == 2);
        done.add(answer(2, 40, "Thank you, Bill.", false)); // 30 minutes after, the key allows 20
        var late = item(score(done, Optional.empty()), Criterion.TIMELINESS, "grievance", "answer it within 20");
        assertThat(late.points()).isEqualTo(0.5);
        assertThat(late.actual()).isEqualTo("after 30 scenario minutes (late)");

        done.removeIf(d -> d.kind() == Kind.ANSWER && d.contentId() == 2);
        var never = item(score(done, Optional.empty()), Criterion.TIMELINESS, "grievance", "answer it within 20");
        assertThat(never.points()).isZero();
        assertThat(never.actual()).isEqualTo("not done");
    }

    @Test
    void what_was_done_before_an_event_happened_does_not_answer_it() {
        var done = new ArrayList<>(model());
        done.removeIf(d -> d.kind() == Kind.ANSWER && d.contentId() == 2);
        done.add(answer(2, 9, "Thank you.", false)); // a minute before the question was asked
        assertThat(item(score(done, Optional.empty()), Criterion.COMPLETENESS, "grievance", "answer it").points())
                .isZero();
    }

    @Test
    void evidence_needs_a_cited_source_or_a_link_and_an_unsourced_reply_is_half() {
        var done = new ArrayList<>(model());
        done.removeIf(d -> d.kind() == Kind.ANSWER && d.contentId() == 3);
        done.add(answer(3, 20, "Thank you for asking. The water is safe.", false));
        var unsourced = item(score(done, Optional.empty()), Criterion.EVIDENCE, "rumour", "reply with");
        assertThat(unsourced.points()).isEqualTo(0.5);
        assertThat(unsourced.actual()).startsWith("replied without a source");

        done.removeIf(d -> d.kind() == Kind.ANSWER && d.contentId() == 3);
        done.add(answer(3, 20, "Thank you for asking. The water is safe.", true));
        assertThat(item(score(done, Optional.empty()), Criterion.EVIDENCE, "rumour", "reply with").points())
                .as("a cited web page or file counts").isEqualTo(1);

        done.removeIf(d -> d.kind() == Kind.UPDATE);
        done.add(new Done(Kind.UPDATE, null, null, minute(3), "update", null, "The water is safe.", false));
        assertThat(item(score(done, Optional.empty()), Criterion.EVIDENCE, "t1", "an update").points())
                .isEqualTo(0.5);
    }

    @Test
    void tone_judges_every_official_reply() {
        var done = new ArrayList<>(model());
        done.add(answer(2, 16, "As I said, read the document.", false));
        var tone = criterion(score(done, Optional.empty()), Criterion.TONE);
        assertThat(tone.items()).hasSize(3);
        assertThat(tone.score()).isLessThan(100);
        assertThat(tone.items()).anySatisfy(i -> assertThat(i.actual()).contains("hostile or dismissive"));
    }

    @Test
    void escalation_and_the_mode_choice_are_scored_where_the_key_asks() {
        var done = new ArrayList<>(model());
        done.removeIf(d -> d.kind() == Kind.DECISION && d.contentId() == 4);
        var result = score(done, Optional.of(Mode.CONSULTATION));
        assertThat(item(result, Criterion.ESCALATION, "threat", "escalate").actual()).isEqualTo("not escalated");
        assertThat(criterion(result, Criterion.ESCALATION).score()).isZero();
        var mode = item(result, Criterion.MODE, "mode-choice", "broadcast");
        assertThat(mode.actual()).isEqualTo("consultation");
        assertThat(mode.points()).isZero();
        assertThat(mode.why()).isEqualTo("Nothing is open to change.");
    }

    @Test
    void the_overall_score_weighs_criteria_by_the_rubric() {
        var done = new ArrayList<>(model());
        done.removeIf(d -> d.kind() == Kind.DECISION && d.contentId() == 4);
        var result = score(done, Optional.of(Mode.BROADCAST));
        double expected = result.criteria().stream().mapToDouble(c -> c.score() * c.weight() / 100.0).sum();
        assertThat(result.score()).isEqualTo((int) Math.round(expected));
        assertThat(criterion(result, Criterion.ESCALATION).score()).isZero();
        assertThat(result.score()).isLessThan(100).isGreaterThan(80);
    }
}
