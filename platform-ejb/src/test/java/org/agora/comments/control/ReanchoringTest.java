package org.agora.comments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.agora.comments.control.Reanchoring.Outcome;
import org.agora.comments.control.Reanchoring.Target;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    static final String PARKING = "Thirty parking spaces will be removed to make room for the lanes, and loading bays"
            + " will be kept for deliveries before ten in the morning.";
    static final String BUSES = "Bus stops will be moved onto islands so that cyclists pass behind waiting passengers.";
    static final String TREES = "New trees will be planted along the lanes where the pavement is wide enough.";

    static Target target(String key, String text) {
        return new Target(key, text, Optional.empty());
    }

    static Anchor passage(String key, String text, String quote) {
        int at = text.indexOf(quote);
        return Anchor.of(key, text, at, at + quote.length());
    }

    @Test
    void an_unchanged_paragraph_keeps_the_anchor_as_it_was() {
        var anchor = passage("k2", PARKING, "loading bays will be kept");
        var result = Reanchoring.carry(anchor, 1, List.of(target("k1", BUSES), target("k2", PARKING)));
        assertThat(result.outcome()).isEqualTo(Outcome.KEPT);
        assertThat(result.anchor()).contains(anchor);
    }

    @Test
    void a_moved_paragraph_keeps_its_anchor_at_its_new_place() {
        var anchor = passage("k2", PARKING, "Thirty parking spaces");
        var result = Reanchoring.carry(anchor, 1, List.of(target("k2", PARKING), target("k1", BUSES)));
        assertThat(result.outcome()).isEqualTo(Outcome.KEPT);
        assertThat(result.anchor().orElseThrow().paragraphKey()).isEqualTo("k2");
    }

    @Test
    void an_edit_elsewhere_in_the_paragraph_keeps_the_quote_and_updates_its_position() {
        var anchor = passage("k2", PARKING, "loading bays will be kept");
        String edited = "Twenty-five parking spaces will go, and loading bays will be kept for deliveries.";
        var result = Reanchoring.carry(anchor, 0, List.of(target("k2", edited)));
        assertThat(result.outcome()).isEqualTo(Outcome.KEPT);
        assertThat(result.anchor().orElseThrow().position()).isEqualTo(edited.indexOf("loading bays"));
    }

    @Test
    void an_edited_quote_is_matched_fuzzily_in_its_paragraph() {
        var anchor = passage("k2", PARKING, "loading bays will be kept for deliveries before ten in the morning");
        String edited = "Thirty parking spaces will be removed, and loading bays will stay for deliveries before"
                + " eleven in the morning.";
        var result = Reanchoring.carry(anchor, 0, List.of(target("k2", edited)));
        assertThat(result.outcome()).isEqualTo(Outcome.FUZZY);
        assertThat(result.anchor().orElseThrow().exact()).startsWith("loading bays will stay")
                .endsWith("in the morning");
        assertThat(result.similarity()).isBetween(Reanchoring.FUZZY_THRESHOLD, 1.0);
    }

    @Test
    void a_quote_in_the_part_split_off_follows_it() {
        String whole = PARKING + " " + BUSES;
        var anchor = passage("k1", whole, "cyclists pass behind");
        var next = List.of(target("k1", PARKING), new Target("n1", BUSES, Optional.of("k1")));
        var result = Reanchoring.carry(anchor, 0, next);
        assertThat(result.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(result.anchor().orElseThrow().paragraphKey()).isEqualTo("n1");
    }

    @Test
    void a_quote_merged_into_a_neighbour_follows_it() {
        var anchor = passage("k3", TREES, "planted along the lanes");
        var next = List.of(target("k1", BUSES), target("k2", PARKING + " " + TREES));
        var result = Reanchoring.carry(anchor, 2, next);
        assertThat(result.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(result.anchor().orElseThrow().paragraphKey()).isEqualTo("k2");
    }

    @Test
    void a_deleted_paragraph_orphans_its_comments_instead_of_losing_them() {
        var passageAnchor = passage("k3", TREES, "planted along the lanes");
        var wholeAnchor = Anchor.wholeParagraph("k3");
        var next = List.of(target("k1", BUSES), target("k2", PARKING));
        assertThat(Reanchoring.carry(passageAnchor, 2, next).outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(Reanchoring.carry(wholeAnchor, 2, next).outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(Reanchoring.carry(wholeAnchor, 2, next).anchor()).isEmpty();
    }

    @Test
    void a_whole_paragraph_comment_follows_its_key_or_the_first_split_off() {
        var anchor = Anchor.wholeParagraph("k1");
        assertThat(Reanchoring.carry(anchor, 0, List.of(target("k0", TREES), target("k1", "rewritten entirely")))
                .anchor().orElseThrow().paragraphKey()).isEqualTo("k1");
        var split = List.of(new Target("n1", BUSES, Optional.of("k1")));
        var result = Reanchoring.carry(anchor, 0, split);
        assertThat(result.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(result.anchor().orElseThrow().paragraphKey()).isEqualTo("n1");
    }

    @Test
    void among_repeated_phrases_the_one_with_matching_context_is_chosen() {
        String text = "First we will review it. Then parking: we will review it yearly.";
        int second = text.lastIndexOf("we will review it");
        var anchor = Anchor.of("k1", text, second, second + "we will review it".length());
        String next = "First we will review it. Then buses. Then parking: we will review it yearly.";
        var result = Reanchoring.carry(anchor, 0, List.of(target("k1", next)));
        assertThat(result.anchor().orElseThrow().position()).isEqualTo(next.lastIndexOf("we will review it"));
        assertThat(result.anchor().orElseThrow().suffix()).startsWith(" yearly");

        // the first one is still found when it is the one that was quoted
        var first = Anchor.of("k1", text, 6, 6 + "we will review it".length());
        assertThat(Reanchoring.carry(first, 0, List.of(target("k1", next))).anchor().orElseThrow().position())
                .isEqualTo(6);
    }

    @Test
    void punctuation_and_quotes_inside_the_passage_are_matched_exactly() {
        String text = "It said: \"No more cars!\" (in 2025) — then it didn't; why?";
        var anchor = passage("k1", text, "\"No more cars!\" (in 2025) —");
        var result = Reanchoring.carry(anchor, 0, List.of(target("k1", "Intro. " + text)));
        assertThat(result.outcome()).isEqualTo(Outcome.KEPT);
        assertThat(result.anchor().orElseThrow().exact()).isEqualTo("\"No more cars!\" (in 2025) —");
    }

    @Test
    void unicode_in_decomposed_form_and_invisible_characters_do_not_break_a_match() {
        String composed = "Le caf\u00e9 de la gare ferme \u00e0 midi.";
        var anchor = passage("k1", composed, "caf\u00e9 de la gare");
        String decomposedWithZeroWidth = "Le cafe\u0301 de\u200B la gare ferme a\u0300 midi.";
        var result = Reanchoring.carry(anchor, 0, List.of(target("k1", decomposedWithZeroWidth)));
        assertThat(result.outcome()).isEqualTo(Outcome.KEPT);
        assertThat(result.anchor().orElseThrow().exact()).isEqualTo("caf\u00e9 de la gare");
    }

    @Test
    void a_right_to_left_override_cannot_fake_a_quote() {
        assertThat(Reanchoring.normalise("abc\u202Edef")).isEqualTo("abcdef");
    }

    @Test
    void a_quote_that_has_gone_completely_is_orphaned() {
        var anchor = passage("k2", PARKING, "loading bays will be kept");
        var next = List.of(target("k2", "The council will publish air quality figures every month."));
        assertThat(Reanchoring.carry(anchor, 0, next).outcome()).isEqualTo(Outcome.ORPHANED);
    }
}
