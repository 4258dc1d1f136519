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

    @Test
    void hashing_words_in_one_pass_gives_the_same_hashes_as_splitting_first() {
        for (String text : List.of("Hello, World", "1d10t m0r0n 2024 a5 $cum @ 5", "Café ｉｄｉｏｔ \u0456d\u0456\u043et 𝐦𝐨𝐫𝐨𝐧",
                "i.d.i.o.t -- shut.up", "", "  ...  ", "x", "we don’t agree, 😀 idiot ｍｏｒｏｎ", "end é",
                "ASCII words first, then Zoë and ﬁne 5㎞", "ô")) {
            var split = NormalisedText.of(text);
            assertThat(NormalisedText.wordHashes(text)).as(text).containsExactly(split.wordHashes());
            assertThat(split.wordHashes()).hasSize(split.wordCount());
        }
    }

    @Test
    void letters_and_capitals_are_counted_in_any_alphabet() {
        var t = NormalisedText.of("ABC def 123 ÉTÉ Ωμέγα!");
        assertThat(t.letters()).isEqualTo(3 + 3 + 3 + 5);
        assertThat(t.capitals()).isEqualTo(3 + 3 + 1);
    }

    @Test
    void characters_that_decompose_into_several_letters_are_spelt_out() {
        assertThat(words("ﬁne ﬂat 5㎞ Ǆemal")).containsExactly("fine", "flat", "skm", "dzemal");
    }

    @Test
    void emoji_separate_words_and_typographic_apostrophes_join_them() {
        assertThat(words("😀idiot😀 don’t")).containsExactly("idiot", "don", "t");
        var t = NormalisedText.of("😀idiot😀 don’t");
        assertThat(t.sameChunk(1, 2)).isTrue();
        assertThat(t.sameChunk(0, 1)).isFalse();
    }

    @Test
    void folding_gives_the_same_words_the_first_time_and_afterwards() {
        String text = "Ｒéñéé ﬁxed ｔｈｅ ℌ𝔢𝔩𝔩𝔬 ⓘⓓⓘⓞⓣ";
        var first = words(text);
        assertThat(first).containsExactly("renee", "fixed", "the", "hello", "idiot");
        assertThat(words(text)).isEqualTo(first);
    }

    @Test
    void a_text_of_many_short_words_is_split_completely() {
        String text = "a b ".repeat(500) + "end";
        var t = NormalisedText.of(text);
        assertThat(t.wordCount()).isEqualTo(1001);
        assertThat(t.word(1000)).isEqualTo("end");
        assertThat(t.word(999)).isEqualTo("b");
    }
}
