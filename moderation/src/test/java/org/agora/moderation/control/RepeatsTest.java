package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    static final String[] VOCABULARY = ("council road bus lane parking school safety trees budget traffic crossing"
            + " residents shops evening lighting noise air quality cycle route station market housing park library"
            + " pavement bins funding review plan").split(" ");

    final Repeats cut = new Repeats(ScreeningConfig.defaults());

    static String text(long seed, int words) {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return sb.append('.').toString();
    }

    static List<Hit> check(Repeats rule, String text, String... recent) {
        var submission = new Submission(text, List.of(recent), List.of(), Instant.EPOCH);
        return rule.check(submission, NormalisedText.of(text));
    }

    @Test
    void the_same_text_again_is_held_whatever_the_case_and_punctuation() {
        String recent = "The new bus lane on Station Road makes the junction safer for children.";
        String again = "the new BUS LANE on station road -- makes the junction safer for children!!";
        assertThat(check(cut, again, recent, text(1, 40))).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo("repeat");
            assertThat(hit.verdict()).isEqualTo(Verdict.HOLD);
            assertThat(hit.explanation()).startsWith("the same as one of your recent posts");
        });
    }

    @Test
    void a_long_text_with_one_word_changed_is_a_near_duplicate() {
        String recent = text(7, 80);
        var words = new ArrayList<>(List.of(recent.split(" ")));
        words.set(40, "differently");
        assertThat(check(cut, String.join(" ", words), recent)).singleElement()
                .extracting(Hit::explanation).asString().startsWith("almost the same as one of your recent posts");
    }

    @Test
    void a_short_text_with_one_word_changed_is_below_the_similarity_threshold() {
        String recent = "The new bus lane on Station Road makes the junction much safer for our children.";
        String edited = "The new bus lane on Station Road makes the junction much safer for our neighbours.";
        var near = Repeats.jaccard(cut.shingles(hashes(edited)), cut.shingles(hashes(recent)));
        assertThat(near).isLessThan(0.9).isGreaterThan(0.7);
        assertThat(check(cut, edited, recent)).isEmpty();
    }

    @Test
    void different_texts_pass() {
        assertThat(check(cut, text(1, 60), text(2, 60), text(3, 60), text(4, 60))).isEmpty();
    }

    @Test
    void two_earlier_copies_hold_and_three_refuse() {
        String spam = "Vote for the park plan, it is the only sensible option for everyone here.";
        assertThat(check(cut, spam, spam, spam, text(1, 30))).singleElement()
                .extracting(Hit::verdict, Hit::explanation)
                .containsExactly(Verdict.HOLD, "the same as 2 of your recent posts; please add something new or"
                        + " reply to the earlier post");
        assertThat(check(cut, spam, spam, spam.toUpperCase(), spam + " ")).singleElement()
                .extracting(Hit::verdict).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void short_replies_may_be_repeated() {
        assertThat(check(cut, "I agree with this.", "I agree with this.", "I agree with this.",
                "I agree with this.")).isEmpty();
    }

    @Test
    void a_disguised_copy_is_still_a_copy() {
        String recent = "Buy cheap parking permits from my website today, best prices guaranteed.";
        String disguised = "Buy ch3ap p\u0430rking perm1ts from my w\u200Bebsite today, best prices guaranteed.";
        assertThat(check(cut, disguised, recent)).hasSize(1);
    }

    @Test
    void thresholds_come_from_the_config() {
        var strict = new Repeats(ScreeningConfig.from(Map.of("screening.repeats.similarity", "0.7",
                "screening.repeats.refuse-at", "1", "screening.repeats.min-words", "3")));
        String recent = "The new bus lane on Station Road makes the junction much safer for our children.";
        String edited = "The new bus lane on Station Road makes the junction much safer for our neighbours.";
        assertThat(check(strict, edited, recent)).singleElement().extracting(Hit::verdict).isEqualTo(Verdict.REFUSE);
        assertThat(check(strict, "I agree here", "i agree here")).hasSize(1);
    }

    @Test
    void jaccard_of_identical_sets_is_one_and_of_disjoint_sets_zero() {
        assertThat(Repeats.jaccard(new long[] {1, 2, 3}, new long[] {1, 2, 3})).isEqualTo(1.0);
        assertThat(Repeats.jaccard(new long[] {1, 2}, new long[] {3, 4})).isZero();
        assertThat(Repeats.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4})).isEqualTo(0.5);
    }

    private static long[] hashes(String text) {
        var t = NormalisedText.of(text);
        long[] h = new long[t.wordCount()];
        for (int i = 0; i < h.length; i++) {
            h[i] = t.wordHash(i);
        }
        return h;
    }
}
