package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LexiconTest {

    /** Short words hidden inside ordinary ones: the classic sources of false positives. */
    final Lexicon cut = Lexicon.parse(List.of(
            "# test list",
            "hold ass",
            "hold cunt",
            "hold rape",
            "hold rapist",
            "hold idiot",
            "",
            "refuse kill yourself"));

    List<String> found(String text) {
        return cut.find(NormalisedText.of(text)).stream().map(Lexicon.Term::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "assess", "Scunthorpe", "therapist", "grape", "as", "bass", "passes",
            "Cassandra", "grapes", "assassin", "glasses", "as soon as", "idiotic", "skill yourself"})
    void words_that_merely_contain_a_term_do_not_match(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"you ass", "asss", "ASS!", "a.s.s", "a s s", "a$$"})
    void the_term_itself_matches_however_it_is_written(String text) {
        assertThat(found(text)).containsExactly("ass");
    }

    @Test
    void stretched_letters_match_but_a_word_with_fewer_letters_does_not() {
        assertThat(Lexicon.stretched("iiiidiooot".toCharArray(), 0, 10, "idiot")).isTrue();
        assertThat(Lexicon.stretched("as".toCharArray(), 0, 2, "ass")).isFalse();
        assertThat(Lexicon.stretched("idiots".toCharArray(), 0, 6, "idiot")).isFalse();
    }

    @Test
    void single_words_match_in_the_plural() {
        assertThat(found("idiots and asses")).containsExactly("idiot", "ass");
    }

    @Test
    void a_phrase_needs_its_words_in_order_without_punctuation_between() {
        assertThat(found("kill yourself")).containsExactly("kill yourself");
        assertThat(found("kill   yourself")).containsExactly("kill yourself");
        assertThat(found("yourself kill")).isEmpty();
        assertThat(found("kill, yourself")).isEmpty();
        assertThat(found("kill")).isEmpty();
    }

    @Test
    void a_phrase_written_as_one_word_matches() {
        assertThat(found("killyourself")).containsExactly("kill yourself");
        assertThat(found("kill-yourself")).containsExactly("kill yourself");
        assertThat(found("k i l l y o u r s e l f")).containsExactly("kill yourself");
    }

    @Test
    void each_term_is_reported_once_in_the_order_found() {
        assertThat(found("idiot ass idiot i.d.i.o.t")).containsExactly("idiot", "ass");
    }

    @Test
    void terms_are_masked_but_for_the_first_letter_of_each_word() {
        assertThat(new Lexicon.Term("kill yourself", Verdict.REFUSE).masked()).isEqualTo("k*** y*******");
        assertThat(new Lexicon.Term("idiot", Verdict.HOLD).masked()).isEqualTo("i****");
    }

    @Test
    void the_english_list_loads_with_both_severities() {
        var english = Lexicon.english();
        assertThat(english.terms()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(english.terms()).extracting(Lexicon.Term::verdict).contains(Verdict.HOLD, Verdict.REFUSE);
        assertThat(english.terms()).contains(new Lexicon.Term("kill yourself", Verdict.REFUSE),
                new Lexicon.Term("idiot", Verdict.HOLD));
    }

    @Test
    void a_malformed_list_is_refused_naming_the_line() {
        assertThatThrownBy(() -> Lexicon.parse(List.of("hold idiot", "block moron")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Lexicon.parse(List.of("hold Idiot!")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Lexicon.parse(List.of("hold idiot", "refuse idiot")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Lexicon.parse(List.of("hold")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_list_finds_nothing() {
        assertThat(Lexicon.parse(List.of()).find(NormalisedText.of("idiot"))).isEmpty();
    }
}
