package org.agora.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.agora.engagements.entity.Mode;
import org.agora.sandbox.control.Scenario.Action;
import org.agora.sandbox.control.Scenario.Criterion;
import org.agora.sandbox.control.Scenario.Expect;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {

    static final String FILE = "scenarios/tiny.json";

    /** A small valid scenario; tests change one thing in it. */
    static String valid() {
        return """
                {"key": "tiny", "title": "A tiny scenario", "topic": "taming-trolls", "modes": ["CONSULTATION"],
                 "goals": ["Remove abuse"], "briefing": "You moderate a small consultation.", "durationMinutes": 30,
                 "rounds": [{"key": "main", "mode": "CONSULTATION", "title": "Bins", "summary": "About bins.",
                             "draft": {"title": "Bins", "markdown": "# Bins\\n\\nBins are emptied on Mondays.\\n"}}],
                 "personas": [{"key": "rex", "name": "Rex", "kind": "TROLL", "description": "Insults people."},
                              {"key": "ann", "name": "Ann", "kind": "RESIDENT", "description": "Cares about bins."}],
                 "events": [
                   {"id": "e1", "at": 1, "persona": "rex", "action": "COMMENT", "text": "You are all idiots.",
                    "key": [{"expect": "REMOVE", "reasons": ["ABUSE"], "within": 10, "why": "Abuse."}]},
                   {"id": "e2", "at": 3, "persona": "ann", "action": "COMMENT", "paragraph": 2, "stance": "SUPPORT",
                    "text": "Mondays suit me.", "key": [{"expect": "REPLY", "why": "Thank her."}]},
                   {"id": "e3", "at": 5, "persona": "ann", "action": "REPORT", "target": "e1", "reason": "ABUSE"},
                   {"id": "e4", "at": 12, "persona": "rex", "action": "REPLY", "target": "e2",
                    "text": "Nobody cares.", "if": {"unhandled": "e1"}}
                 ],
                 "rubric": {"moderation": {"weight": 50, "words": "Remove abuse with its reason."},
                            "timeliness": {"weight": 20, "words": "Act within ten minutes."},
                            "completeness": {"weight": 20, "words": "Answer residents."},
                            "tone": {"weight": 10, "words": "Be kind and plain."}}}
                """;
    }

    static ScenarioInvalid refused(String json) {
        var refused = catchThrowableOfType(ScenarioInvalid.class, () -> ScenarioParser.parse(FILE, json));
        assertThat(refused).as("should be refused").isNotNull();
        assertThat(refused.file()).isEqualTo(FILE);
        assertThat(refused.getMessage()).startsWith(FILE + ": " + refused.field() + ": ");
        return refused;
    }

    @Test
    void a_valid_scenario_is_read_with_everything_a_run_needs() {
        var s = ScenarioParser.parse(FILE, valid());
        assertThat(s.key()).isEqualTo("tiny");
        assertThat(s.topic()).isEqualTo(Scenario.Topic.TAMING_TROLLS);
        assertThat(s.modes()).containsExactly(Mode.CONSULTATION);
        assertThat(s.rounds().get(0).draftMarkdown()).isPresent();
        assertThat(s.events()).extracting(Scenario.ScriptedEvent::action)
                .containsExactly(Action.COMMENT, Action.COMMENT, Action.REPORT, Action.REPLY);
        assertThat(s.events().get(0).key().get(0).expect()).isEqualTo(Expect.REMOVE);
        assertThat(s.events().get(0).key().get(0).within()).contains(10);
        assertThat(s.events().get(3).condition()).map(Scenario.Condition::when).contains(Scenario.When.UNHANDLED);
        assertThat(s.rubric()).containsOnlyKeys(Criterion.MODERATION, Criterion.TIMELINESS, Criterion.COMPLETENESS,
                Criterion.TONE);
    }

    @Test
    void the_file_must_be_named_after_the_key() {
        var r = refused(valid().replace("\"key\": \"tiny\"", "\"key\": \"other\""));
        assertThat(r.field()).isEqualTo("key");
        assertThat(r.problem()).contains("other.json");
    }

    @Test
    void an_unknown_persona_is_named_with_the_known_ones() {
        var r = refused(valid().replace("\"persona\": \"ann\", \"action\": \"COMMENT\"",
                "\"persona\": \"bob\", \"action\": \"COMMENT\""));
        assertThat(r.field()).isEqualTo("events[1].persona");
        assertThat(r.problem()).contains("bob").contains("rex, ann");
    }

    @Test
    void a_target_must_be_an_earlier_event_with_content_of_the_right_kind() {
        assertThat(refused(valid().replace("\"target\": \"e1\"", "\"target\": \"e9\"")).field())
                .isEqualTo("events[2].target");
        var r = refused(valid().replace("\"target\": \"e2\"", "\"target\": \"e3\""));
        assertThat(r.field()).isEqualTo("events[3].target");
        assertThat(r.problem()).contains("REPORT");
    }

    @Test
    void a_paragraph_must_exist_in_the_rounds_draft() {
        var r = refused(valid().replace("\"paragraph\": 2", "\"paragraph\": 7"));
        assertThat(r.field()).isEqualTo("events[1].paragraph");
        assertThat(r.problem()).contains("2 paragraphs");
    }

    @Test
    void events_must_happen_before_the_end_and_keys_be_due_before_it() {
        assertThat(refused(valid().replace("\"at\": 12", "\"at\": 30")).field()).isEqualTo("events[3].at");
        assertThat(refused(valid().replace("\"within\": 10", "\"within\": 30")).field())
                .isEqualTo("events[0].key[0].within");
    }

    @Test
    void an_action_needs_what_it_acts_with_in_a_round_that_takes_it() {
        assertThat(refused(valid().replace("\"reason\": \"ABUSE\"", "\"reason\": \"RUDE\"")).field())
                .isEqualTo("events[2].reason");
        var question = valid().replace("\"action\": \"COMMENT\", \"text\": \"You are all idiots.\"",
                "\"action\": \"QUESTION\", \"title\": \"Why\", \"text\": \"You are all idiots.\"");
        assertThat(refused(question).problem()).contains("customer-service or broadcast");
    }

    @Test
    void expectations_fit_their_event() {
        var r = refused(valid().replace("{\"expect\": \"REPLY\", \"why\": \"Thank her.\"}",
                "{\"expect\": \"ANSWER\", \"why\": \"Thank her.\"}"));
        assertThat(r.field()).isEqualTo("events[1].key[0].expect");
        assertThat(refused(valid().replace("\"expect\": \"REMOVE\"", "\"expect\": \"BAN\"")).field())
                .isEqualTo("events[0].key[0].expect");
    }

    @Test
    void the_rubric_weighs_exactly_what_is_scored_and_adds_up_to_100() {
        assertThat(refused(valid().replace("\"weight\": 10", "\"weight\": 15")).problem()).contains("105");
        var missing = refused(valid().replaceAll(",\\s*\"tone\": \\{[^}]*\\}", "")
                .replace("\"weight\": 20, \"words\": \"Answer residents.\"",
                        "\"weight\": 30, \"words\": \"Answer residents.\""));
        assertThat(missing.field()).isEqualTo("rubric.tone");
        var extra = refused(valid().replace("\"tone\": {", "\"escalation\": {\"weight\": 0, \"words\": \"x\"},"
                + " \"tone\": {"));
        assertThat(extra.field()).isEqualTo("rubric.escalation");
    }

    @Test
    void the_modes_are_those_of_the_rounds_and_a_consultation_has_a_draft() {
        assertThat(refused(valid().replace("\"modes\": [\"CONSULTATION\"]", "\"modes\": [\"BROADCAST\"]")).field())
                .isEqualTo("modes");
        var noDraft = valid().replaceAll(",\\s*\"draft\": \\{[^}]*\\}", "");
        assertThat(refused(noDraft).field()).isEqualTo("rounds[0].draft");
    }

    @Test
    void a_file_that_is_not_json_is_named() {
        assertThat(refused("{ not json").field()).isEqualTo("(file)");
    }
}
