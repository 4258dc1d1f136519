package org.agora.drafts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.drafts.control.VersionDiff.Kind;
import org.agora.drafts.control.VersionDiff.Side;
import org.agora.drafts.control.WordDiff.Op;
import org.agora.drafts.control.WordDiff.Segment;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void word_changes_inside_a_paragraph_are_marked() {
        var segments = WordDiff.diff("Thirty parking spaces will go.", "Twenty parking spaces will go soon.");
        assertThat(segments).containsExactly(
                new Segment(Op.DELETE, "Thirty"), new Segment(Op.INSERT, "Twenty"),
                new Segment(Op.EQUAL, " parking spaces will go"), new Segment(Op.INSERT, " soon"),
                new Segment(Op.EQUAL, "."));
    }

    @Test
    void the_segments_rebuild_both_texts() {
        String before = "The council will, after consultation, decide in May; residents may appeal.";
        String after = "The council decides in June, after consultation; anyone may appeal (in writing).";
        var segments = WordDiff.diff(before, after);
        assertThat(join(segments, Op.INSERT)).isEqualTo(before);
        assertThat(join(segments, Op.DELETE)).isEqualTo(after);
    }

    @Test
    void huge_paragraphs_fall_back_to_replace_instead_of_running_out_of_memory() {
        String before = "a ".repeat(3000);
        String after = "b ".repeat(3000);
        var segments = WordDiff.diff(before, after);
        assertThat(join(segments, Op.INSERT)).isEqualTo(before);
        assertThat(join(segments, Op.DELETE)).isEqualTo(after);
    }

    static String join(List<Segment> segments, Op skip) {
        var sb = new StringBuilder();
        segments.stream().filter(s -> s.op() != skip).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    @Test
    void versions_compare_by_key_with_added_removed_changed_and_moved() {
        var v1 = List.of(new Side("a", "Intro"), new Side("b", "Parking goes."), new Side("c", "Buses move."),
                new Side("d", "Trees come."));
        var v2 = List.of(new Side("a", "Intro"), new Side("d", "Trees come."), new Side("c", "Buses move later."),
                new Side("e", "New lighting."));
        var changes = VersionDiff.compare(v1, v2);
        assertThat(changes).extracting(VersionDiff.Change::key).containsExactly("a", "b", "d", "c", "e");
        assertThat(changes).extracting(VersionDiff.Change::kind)
                .containsExactly(Kind.UNCHANGED, Kind.REMOVED, Kind.UNCHANGED, Kind.CHANGED, Kind.ADDED);
        var moved = changes.stream().filter(VersionDiff.Change::moved).map(VersionDiff.Change::key).toList();
        assertThat(moved).hasSize(1).containsAnyOf("c", "d");
        var buses = changes.get(3);
        assertThat(buses.fromPosition()).isEqualTo(3);
        assertThat(buses.toPosition()).isEqualTo(3);
        assertThat(buses.words()).contains(new Segment(Op.INSERT, " later"));
    }

    @Test
    void removed_first_paragraphs_come_first() {
        var changes = VersionDiff.compare(List.of(new Side("x", "Gone"), new Side("y", "Kept")),
                List.of(new Side("y", "Kept")));
        assertThat(changes).extracting(VersionDiff.Change::kind).containsExactly(Kind.REMOVED, Kind.UNCHANGED);
    }

    @Test
    void identical_versions_have_only_unchanged_rows() {
        var v = List.of(new Side("a", "One"), new Side("b", "Two"));
        assertThat(VersionDiff.compare(v, v)).allMatch(c -> c.kind() == Kind.UNCHANGED && !c.moved());
    }
}
