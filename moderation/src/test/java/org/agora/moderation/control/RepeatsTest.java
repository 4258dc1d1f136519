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
        assertThat(cut.similarity(edited, recent)).isLessThan(0.9).isGreaterThan(0.7);
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
    void similarity_is_one_for_the_same_words_and_zero_for_no_shared_shingle() {
        assertThat(cut.similarity("One two three four five", "ONE, two; three four five!")).isEqualTo(1.0);
        assertThat(cut.similarity("one two three four five", "six seven eight nine ten")).isZero();
        // shingles {abc, bcd} and {bcd, cde}: one shared of three
        assertThat(cut.similarity("a b c d", "b c d e")).isEqualTo(1.0 / 3);
    }

    @Test
    void a_much_shorter_recent_text_is_not_a_repeat_even_if_it_is_a_part_of_the_post() {
        String recent = text(5, 30);
        assertThat(check(cut, recent + " " + text(6, 30), recent)).isEmpty();
    }

    @Test
    void the_shingle_set_counts_each_value_once_and_grows() {
        var set = new Repeats.LongSet(2);
        for (long v = -50; v <= 50; v++) {
            if (v != 0) {
                assertThat(set.add(v)).isTrue();
                assertThat(set.add(v)).isFalse();
            }
        }
        assertThat(set.size()).isEqualTo(100);
        assertThat(set.slotOf(-50)).isNotNegative();
        assertThat(set.slotOf(51)).isEqualTo(-1);
        assertThat(set.values()).hasSize(100).contains(-50L, 50L);
        set.clear();
        assertThat(set.size()).isZero();
        assertThat(set.slotOf(7)).isEqualTo(-1);
    }

    @Test
    void the_early_stopping_comparison_agrees_with_the_full_jaccard_similarity() {
        var random = new Random(3);
        int repeats = 0;
        for (int trial = 0; trial < 400; trial++) {
            String post = text(random.nextLong(), 5 + random.nextInt(120));
            String recent = switch (random.nextInt(4)) {
                case 0 -> text(random.nextLong(), 5 + random.nextInt(120));
                case 1 -> post;
                default -> edit(random, post, random.nextInt(6));
            };
            boolean expected = cut.similarity(post, recent) >= 0.9
                    || NormalisedTextTest.words(post).equals(NormalisedTextTest.words(recent));
            boolean actual = !check(cut, post, recent).isEmpty();
            assertThat(actual).as("trial %d: %s%n vs %s", trial, post, recent).isEqualTo(expected);
            repeats += actual ? 1 : 0;
        }
        assertThat(repeats).as("the trials include repeats and non-repeats").isBetween(50, 350);
    }

    /** {@code text} with {@code edits} words replaced, inserted or removed. */
    static String edit(Random random, String text, int edits) {
        var words = new ArrayList<>(List.of(text.split(" ")));
        for (int e = 0; e < edits && words.size() > 1; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                case 1 -> words.add(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                default -> words.remove(at);
            }
        }
        return String.join(" ", words);
    }
}
