package org.agora.drafts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.drafts.control.ParagraphMatcher.Origin;
import org.agora.drafts.control.ParagraphMatcher.Previous;
import org.junit.jupiter.api.Test;

class ParagraphMatcherTest {

    static final String LANES = "Protected cycle lanes will be built on both sides of the High Street between the"
            + " station and the market square.";
    static final String PARKING = "Thirty parking spaces will be removed to make room for the lanes, and loading bays"
            + " will be kept for deliveries before ten in the morning.";
    static final String BUSES = "Bus stops will be moved onto islands so that cyclists pass behind waiting"
            + " passengers.";
    static final String TREES = "New trees will be planted along the lanes where the pavement is wide enough.";

    final AtomicInteger counter = new AtomicInteger();

    String newKey() {
        return "n" + counter.incrementAndGet();
    }

    static List<Previous> v1(String... texts) {
        var previous = new java.util.ArrayList<Previous>();
        for (int i = 0; i < texts.length; i++) {
            previous.add(new Previous("k" + (i + 1), texts[i]));
        }
        return previous;
    }

    ParagraphMatcher.Result match(List<Previous> previous, String... next) {
        return ParagraphMatcher.match(previous, List.of(next), this::newKey);
    }

    @Test
    void unchanged_paragraphs_keep_their_keys() {
        var result = match(v1(LANES, PARKING, BUSES), LANES, PARKING, BUSES);
        assertThat(result.assigned()).extracting(ParagraphMatcher.Assigned::key).containsExactly("k1", "k2", "k3");
        assertThat(result.assigned()).allMatch(a -> a.origin() == Origin.UNCHANGED);
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void whitespace_and_case_do_not_count_as_edits() {
        var result = match(v1(LANES), "  " + LANES.toUpperCase().replace(" ", "   ") + "\n");
        assertThat(result.assigned().get(0).origin()).isEqualTo(Origin.UNCHANGED);
    }

    @Test
    void an_edited_paragraph_keeps_its_key_even_when_it_also_moved() {
        String editedParking = "Twenty parking spaces will be removed to make room for the lanes, and loading bays"
                + " will be kept for deliveries before eleven in the morning.";
        var result = match(v1(LANES, PARKING, BUSES), BUSES, LANES, editedParking);
        assertThat(result.assigned()).extracting(ParagraphMatcher.Assigned::key).containsExactly("k3", "k1", "k2");
        assertThat(result.assigned().get(2).origin()).isEqualTo(Origin.EDITED);
        assertThat(result.assigned().get(2).similarity()).isBetween(ParagraphMatcher.THRESHOLD, 1.0);
    }

    @Test
    void matching_uses_similarity_not_position() {
        // two edited paragraphs swapped places: position would pair them wrongly
        String lanes2 = LANES.replace("both sides", "the north side");
        String parking2 = PARKING.replace("Thirty", "Twelve");
        var result = match(v1(LANES, PARKING), parking2, lanes2);
        assertThat(result.assigned()).extracting(ParagraphMatcher.Assigned::key).containsExactly("k2", "k1");
    }

    @Test
    void a_rewritten_paragraph_is_new_and_the_old_one_removed() {
        String unrelated = "The council will publish air quality measurements every month on its website.";
        var result = match(v1(LANES, PARKING), LANES, unrelated);
        assertThat(result.assigned().get(1).key()).isEqualTo("n1");
        assertThat(result.assigned().get(1).origin()).isEqualTo(Origin.NEW);
        assertThat(result.assigned().get(1).derivedFrom()).isEmpty();
        assertThat(result.removed()).containsEntry("k2", Optional.empty());
    }

    @Test
    void a_split_paragraph_keeps_its_key_in_the_larger_part_and_the_rest_remembers_its_origin() {
        String whole = LANES + " " + PARKING;
        var result = match(v1(whole, BUSES), LANES, PARKING, BUSES);
        var first = result.assigned().get(0);
        var second = result.assigned().get(1);
        // one half carries the key on; the other is new but knows where it came from
        assertThat(List.of(first.key(), second.key())).containsOnlyOnce("k1");
        var fresh = first.key().equals("k1") ? second : first;
        assertThat(fresh.origin()).isEqualTo(Origin.NEW);
        assertThat(fresh.derivedFrom()).contains("k1");
        assertThat(result.assigned().get(2).key()).isEqualTo("k2");
    }

    @Test
    void merged_paragraphs_keep_one_key_and_the_other_records_where_it_went() {
        var result = match(v1(LANES, PARKING, TREES), LANES + " " + PARKING, TREES);
        String mergedKey = result.assigned().get(0).key();
        assertThat(mergedKey).isIn("k1", "k2");
        assertThat(result.assigned().get(0).origin()).isEqualTo(Origin.EDITED);
        String other = mergedKey.equals("k1") ? "k2" : "k1";
        assertThat(result.removed()).containsEntry(other, Optional.of(mergedKey));
        assertThat(result.assigned().get(1).key()).isEqualTo("k3");
    }

    @Test
    void added_and_deleted_paragraphs_are_recognised() {
        var result = match(v1(LANES, PARKING, BUSES), LANES, TREES, BUSES);
        assertThat(result.assigned()).extracting(ParagraphMatcher.Assigned::key).containsExactly("k1", "n1", "k3");
        assertThat(result.removed()).containsOnlyKeys("k2");
    }

    @Test
    void repeated_identical_paragraphs_are_matched_one_to_one() {
        var result = match(v1("Yes.", "Yes.", LANES), "Yes.", LANES, "Yes.");
        assertThat(result.assigned()).extracting(ParagraphMatcher.Assigned::key).containsExactly("k1", "k3", "k2");
    }

    @Test
    void a_first_version_gets_all_new_keys() {
        var result = match(List.of(), LANES, PARKING);
        assertThat(result.assigned()).extracting(ParagraphMatcher.Assigned::key).containsExactly("n1", "n2");
    }
}
