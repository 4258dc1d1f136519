package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final Screening cut = new Screening();

    @Test
    void an_ordinary_comment_is_allowed_with_no_hits() {
        var result = cut.screen(new Submission(
                "I support the crossing near the school, but the bus stop should stay where it is. See the survey at"
                        + " https://www.example.gov/survey for the figures.",
                List.of("The evening lighting on Market Street is poor."), List.of(NOW.minusSeconds(3600)), NOW));
        assertThat(result.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void the_most_severe_hit_decides() {
        var result = cut.screen(Submission.of("YOU ARE AN IDIOT AND YOU SHOULD DIE, NOBODY LIKES YOU", NOW));
        assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(result.rules()).containsExactly("abusive-language", "abusive-language", "shouting");
        assertThat(result.hits()).extracting(Hit::verdict)
                .containsExactly(Verdict.HOLD, Verdict.REFUSE, Verdict.HOLD);
    }

    @Test
    void several_rules_can_hold_the_same_post() {
        var times = List.of(NOW.minusSeconds(1), NOW.minusSeconds(2), NOW.minusSeconds(3), NOW.minusSeconds(4),
                NOW.minusSeconds(5));
        var result = cut.screen(new Submission("BUY NOW AT HTTPS://BIT.LY/DEAL", List.of(), times, NOW));
        assertThat(result.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(result.rules()).contains("link-spam", "shouting", "burst").doesNotContain("abusive-language");
    }

    @Test
    void every_hit_explains_itself_without_echoing_the_insult() {
        var result = cut.screen(Submission.of("What a m0r0n, honestly, and a sc.u.m too", NOW));
        assertThat(result.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(result.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.explanation()).isNotBlank();
            assertThat(hit.explanation().toLowerCase()).doesNotContain("moron", "m0r0n", "scum");
        });
    }

    @Test
    void screening_runs_every_rule_once() {
        assertThat(cut.rules()).extracting(ScreeningRule::name)
                .containsExactly("abusive-language", "link-spam", "shouting", "burst", "repeat");
    }

    @Test
    void a_result_whose_verdict_does_not_follow_from_its_hits_cannot_be_made() {
        var hold = new Hit("shouting", Verdict.HOLD, "capitals");
        assertThatThrownBy(() -> new ScreeningResult(Verdict.ALLOW, List.of(hold)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScreeningResult(Verdict.REFUSE, List.of(hold)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScreeningResult.of(List.of(hold)).verdict()).isEqualTo(Verdict.HOLD);
        assertThat(ScreeningResult.of(List.of()).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void verdicts_are_ordered_by_severity() {
        assertThat(Verdict.ALLOW.max(Verdict.HOLD)).isEqualTo(Verdict.HOLD);
        assertThat(Verdict.REFUSE.max(Verdict.HOLD)).isEqualTo(Verdict.REFUSE);
        assertThat(Verdict.HOLD.max(Verdict.ALLOW)).isEqualTo(Verdict.HOLD);
    }

    @Test
    void an_empty_post_is_allowed_by_screening_and_left_to_validation() {
        assertThat(cut.screen(Submission.of("", NOW)).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void a_custom_lexicon_replaces_the_english_one() {
        var screening = new Screening(ScreeningConfig.defaults(), Lexicon.parse(List.of("hold bunkum")));
        assertThat(screening.screen(Submission.of("Pure bunkum, all of it.", NOW)).verdict()).isEqualTo(Verdict.HOLD);
        assertThat(screening.screen(Submission.of("You idiot.", NOW)).verdict()).isEqualTo(Verdict.ALLOW);
    }
}
