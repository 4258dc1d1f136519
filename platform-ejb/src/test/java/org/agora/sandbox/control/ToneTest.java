package org.agora.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneTest {

    @Test
    void an_acknowledging_calm_plain_reply_meets_all_three_rules() {
        var judgement = Tone.judge("Thank you, Bill. I am sorry your reports went unanswered. The wardens start at"
                + " your gate next week, and we will report back here.");
        assertThat(judgement.score()).isEqualTo(1.0);
        assertThat(judgement.findings()).isEmpty();
    }

    @Test
    void a_reply_that_does_not_acknowledge_loses_a_third() {
        var judgement = Tone.judge("The wardens start next week.");
        assertThat(judgement.score()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(judgement.findings()).singleElement().asString().contains("does not acknowledge");
    }

    @Test
    void dismissive_or_shouting_words_are_hostile() {
        assertThat(Tone.judge("Thank you. As I said, read the document.").findings())
                .anySatisfy(f -> assertThat(f).contains("hostile or dismissive (\"as i said\")"));
        assertThat(Tone.judge("Thank you. PLEASE READ the rules.").findings())
                .anySatisfy(f -> assertThat(f).contains("shouts"));
        assertThat(Tone.judge("Thank you. Please READ the rules.").findings()).as("one capital word is emphasis")
                .isEmpty();
    }

    @Test
    void officialese_and_long_sentences_are_not_plain_language() {
        assertThat(Tone.judge("Thank you. Pursuant to the policy we will act.").findings())
                .anySatisfy(f -> assertThat(f).contains("not plain language (\"pursuant\")"));
        String longSentence = "Thank you for your comment which we have carefully considered in the light of all the"
                + " other comments received during the consultation period and the advice of our officers on it.";
        assertThat(Tone.judge(longSentence).findings()).anySatisfy(f -> assertThat(f).contains("words a sentence"));
    }

    @Test
    void an_empty_reply_scores_only_for_what_it_does_not_do_wrong() {
        var judgement = Tone.judge("");
        assertThat(judgement.score()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
