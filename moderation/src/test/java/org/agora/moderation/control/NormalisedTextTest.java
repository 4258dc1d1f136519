package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    static List<String> words(String text) {
        var t = NormalisedText.of(text);
        var words = new ArrayList<String>();
        for (int i = 0; i < t.wordCount(); i++) {
            words.add(t.word(i));
        }
        return words;
    }

    @Test
    void words_are_lower_case_and_split_on_spaces_and_punctuation() {
        assertThat(words("The Council, at 7pm: PARKING (again)!")).containsExactly("the", "council", "at", "tpm",
                "parking", "again");
    }

    @Test
    void accents_and_other_marks_are_dropped() {
        assertThat(words("Café naïve ìdíòt Zoë")).containsExactly("cafe", "naive", "idiot", "zoe");
    }

    @Test
    void fullwidth_and_mathematical_letters_become_ordinary_letters() {
        assertThat(words("ｉｄｉｏｔ 𝐦𝐨𝐫𝐨𝐧")).containsExactly("idiot", "moron");
    }

    @Test
    void zero_width_characters_and_soft_hyphens_vanish_inside_words() {
        assertThat(words("id\u200Biot mo\u00ADron sc\u200Dum\uFEFF")).containsExactly("idiot", "moron", "scum");
    }

    @Test
    void cyrillic_and_greek_look_alikes_are_read_as_latin_letters() {
        assertThat(words("\u0456d\u0456\u043et sc\u03c5m \u0405\u0421UM m\u043er\u03bfn"))
                .containsExactly("idiot", "scum", "scum", "moron");
    }

    @Test
    void leetspeak_is_read_inside_words_but_numbers_stay_numbers() {
        assertThat(words("1d10t m0r0n $cum @ss 2024 10 a5")).containsExactly("idiot", "moron", "scum", "ass",
                "2024", "10", "as");
    }

    @Test
    void words_joined_by_dots_or_hyphens_share_a_chunk_and_spaces_or_commas_separate_chunks() {
        var t = NormalisedText.of("i.d-i_o*t you, there");
        assertThat(t.wordCount()).isEqualTo(7);
        assertThat(t.sameChunk(0, 4)).isTrue();
        assertThat(t.sameChunk(4, 5)).isFalse();
        assertThat(t.sameChunk(5, 6)).isFalse();
    }

    @Test
    void punctuation_between_words_is_remembered_but_spaces_and_joiners_are_not() {
        var t = NormalisedText.of("shut up, shut. up");
        assertThat(t.punctuatedBefore(1)).isFalse();
        assertThat(t.punctuatedBefore(2)).isTrue();
        assertThat(t.punctuatedBefore(3)).isFalse();
    }

    @Test
    void empty_and_symbol_only_texts_have_no_words() {
        assertThat(words("")).isEmpty();
        assertThat(words(" ... !!! -- ")).isEmpty();
    }

    @Test
    void the_same_words_hash_the_same_whatever_the_case_and_punctuation() {
        var a = NormalisedText.of("Hello, World");
        var b = NormalisedText.of("hello world!");
        assertThat(a.wordHash(0)).isEqualTo(b.wordHash(0));
        assertThat(a.wordHash(1)).isEqualTo(b.wordHash(1));
        assertThat(a.wordHash(0)).isNotEqualTo(a.wordHash(1));
    }
}
