package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShoutingTest {

    final Shouting cut = new Shouting(ScreeningConfig.defaults());

    List<Hit> check(Shouting rule, String text) {
        return rule.check(Submission.of(text, Instant.EPOCH), NormalisedText.of(text));
    }

    @Test
    void a_post_in_capitals_is_held_with_a_hint() {
        assertThat(check(cut, "THIS PLAN IS A DISGRACE AND EVERYONE KNOWS IT!!!")).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo("shouting");
            assertThat(hit.verdict()).isEqualTo(Verdict.HOLD);
            assertThat(hit.explanation()).contains("capital letters").contains("100%").contains("normal case");
        });
    }

    @Test
    void short_posts_in_capitals_are_not_shouting() {
        assertThat(check(cut, "NHS, GP AND A&E: OK!")).isEmpty();
    }

    @Test
    void acronyms_in_a_normal_sentence_are_not_shouting() {
        assertThat(check(cut, "The NHS and the DVLA should share data with the GP practice in the CBD.")).isEmpty();
    }

    @Test
    void seventy_percent_capitals_is_shouting_and_just_below_is_not() {
        String seventy = "ABCDEFGHIJKLMN" + "opqrst";            // 14 of 20 letters
        String below = "ABCDEFGHIJKLM" + "nopqrst";              // 13 of 20 letters
        assertThat(check(cut, seventy)).hasSize(1);
        assertThat(check(cut, below)).isEmpty();
    }

    @Test
    void capitals_in_other_alphabets_count() {
        assertThat(check(cut, "ΑΥΤΌ ΤΟ ΣΧΈΔΙΟ ΕΊΝΑΙ ΑΠΑΡΆΔΕΚΤΟ ΚΑΙ ΑΣΤΕΊΟ")).hasSize(1);
    }

    @Test
    void thresholds_come_from_the_config() {
        var lenient = new Shouting(ScreeningConfig.from(Map.of("screening.shouting.min-letters", "100",
                "screening.shouting.upper-ratio", "0.95")));
        assertThat(check(lenient, "THIS PLAN IS A DISGRACE AND EVERYONE KNOWS IT")).isEmpty();
        var strict = new Shouting(ScreeningConfig.from(Map.of("screening.shouting.min-letters", "3")));
        assertThat(check(strict, "NO WAY")).hasSize(1);
    }
}
