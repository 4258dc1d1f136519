package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbusiveLanguageTest {

    final AbusiveLanguage cut = new AbusiveLanguage(Lexicon.english());

    List<Hit> check(String text) {
        return cut.check(Submission.of(text, Instant.EPOCH), NormalisedText.of(text));
    }

    @Test
    void an_ordinary_insult_is_held() {
        assertThat(check("Honestly, whoever drew up this plan is an idiot."))
                .containsExactly(new Hit("abusive-language", Verdict.HOLD, "contains a term from the abuse list (i****)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IDIOT", "Idiot", "1d10t", "id1ot", "i.d.i.o.t", "i d i o t", "i-d-i-o-t", "i_d_i_o_t",
            "iiiidiot", "idioooot", "IIIDDDIIIOOOTTT", "ìdíòt", "ïdïöt", "ｉｄｉｏｔ", "id\u200Biot", "i\u200Cd\u200Di\u2060ot",
            "id\u00ADiot", "\u0456d\u0456\u043et", "you i d i o t", "idiots", "1.d.1.0.t", "I-D-I-O-T-S",
            "i i i d i o t", "a a a i d i o t", "i d i o t s", "i d i o o o t"})
    void obfuscated_insult_is_held(String disguise) {
        assertThat(check("what an " + disguise + " you are"))
                .extracting(Hit::verdict, Hit::explanation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Verdict.HOLD,
                        "contains a term from the abuse list (i****)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kill yourself", "Kill Yourself!", "k1ll y0urself", "kiiiill yourself", "killyourself",
            "kill-yourself", "k.i.l.l.y.o.u.r.s.e.l.f", "KYS", "k y s", "go die", "i will kill you"})
    void urging_self_harm_or_threatening_is_refused(String phrase) {
        var hits = check("nobody wants you here, " + phrase);
        assertThat(hits).extracting(Hit::verdict).containsExactly(Verdict.REFUSE);
        assertThat(hits.get(0).explanation()).startsWith("contains a phrase that is never accepted here (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"We need more classes for adults in the evening.",
            "Please assess the impact on Scunthorpe and Penistone.",
            "My therapist says the grape harvest was good this year.",
            "The consultation was a knee-jerk reaction, with clear winners and losers and some scope creep.",
            "The shop was shut, up the road they opened another one.",
            "Vermin control near the bins needs to improve.",
            "As soon as the cocktail bar opened, the passage was blocked.",
            "Skill yourself up with the council's free courses.",
            "The Dunsfold aerodrome plan is not a dunk on anyone.",
            "The shuttle bus will kill time; it is not a killer feature."})
    void ordinary_text_with_look_alike_words_passes(String text) {
        assertThat(check(text)).as(text).isEmpty();
    }

    @Test
    void clean_text_passes() {
        assertThat(check("I support the new crossing near the school, but please keep the bus stop.")).isEmpty();
        assertThat(check("Thanks, that answers my question.")).isEmpty();
    }

    @Test
    void explanations_never_repeat_the_offending_word_in_full() {
        var hits = check("you moron, you scumbag, you dumbass");
        assertThat(hits).hasSize(3);
        assertThat(hits).extracting(Hit::explanation)
                .containsExactly("contains a term from the abuse list (m****)",
                        "contains a term from the abuse list (s******)",
                        "contains a term from the abuse list (d******)");
        assertThat(hits).noneMatch(h -> h.explanation().matches("(?i).*(moron|scumbag|dumbass).*"));
    }

    @Test
    void at_most_five_terms_are_reported() {
        assertThat(check("idiot moron cretin dimwit halfwit nitwit numpty")).hasSize(AbusiveLanguage.MAX_HITS);
    }

    @Test
    void a_refusal_and_an_insult_are_both_reported() {
        assertThat(check("idiot, go die")).extracting(Hit::verdict).containsExactly(Verdict.HOLD, Verdict.REFUSE);
    }
}
