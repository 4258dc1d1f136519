package org.agora.drafts.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions of a policy paragraph by paragraph, by key: a key in both versions is unchanged or changed
 * (with word-level differences), and moved if it left the longest run of paragraphs that kept their relative order;
 * a key only in the newer version was added, one only in the older was removed. Removed paragraphs are listed right
 * after the paragraph that preceded them, so the result reads in document order.
 */
public final class VersionDiff {

    /** A paragraph of one version. */
    public record Side(String key, String text) {
    }

    public enum Kind { UNCHANGED, CHANGED, ADDED, REMOVED }

    /**
     * One row of the comparison.
     *
     * @param fromPosition 1-based position in the older version, 0 if added
     * @param toPosition   1-based position in the newer version, 0 if removed
     * @param words        word-level segments for changed paragraphs; for the others one segment of the whole text
     */
    public record Change(Kind kind, String key, int fromPosition, int toPosition, boolean moved,
            List<WordDiff.Segment> words) {
    }

    private VersionDiff() {
    }

    public static List<Change> compare(List<Side> from, List<Side> to) {
        Map<String, Integer> fromIndex = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            fromIndex.put(from.get(i).key(), i);
        }
        Set<String> toKeys = new HashSet<>();
        for (Side side : to) {
            toKeys.add(side.key());
        }

        // removed paragraphs, attached to the nearest surviving paragraph before them
        var removedAfter = new LinkedHashMap<String, List<Integer>>();
        var removedAtStart = new ArrayList<Integer>();
        String lastSurvivor = null;
        for (int i = 0; i < from.size(); i++) {
            if (toKeys.contains(from.get(i).key())) {
                lastSurvivor = from.get(i).key();
            } else if (lastSurvivor == null) {
                removedAtStart.add(i);
            } else {
                removedAfter.computeIfAbsent(lastSurvivor, k -> new ArrayList<>()).add(i);
            }
        }

        Set<String> inOrder = stayedInOrder(to, fromIndex);
        var changes = new ArrayList<Change>();
        removedAtStart.forEach(i -> changes.add(removed(from, i)));
        for (int j = 0; j < to.size(); j++) {
            Side now = to.get(j);
            Integer i = fromIndex.get(now.key());
            if (i == null) {
                changes.add(new Change(Kind.ADDED, now.key(), 0, j + 1, false, whole(WordDiff.Op.INSERT, now.text())));
                continue;
            }
            Side before = from.get(i);
            boolean moved = !inOrder.contains(now.key());
            if (before.text().equals(now.text())) {
                changes.add(new Change(Kind.UNCHANGED, now.key(), i + 1, j + 1, moved,
                        whole(WordDiff.Op.EQUAL, now.text())));
            } else {
                changes.add(new Change(Kind.CHANGED, now.key(), i + 1, j + 1, moved,
                        WordDiff.diff(before.text(), now.text())));
            }
            removedAfter.getOrDefault(now.key(), List.of()).forEach(r -> changes.add(removed(from, r)));
        }
        return changes;
    }

    private static Change removed(List<Side> from, int i) {
        return new Change(Kind.REMOVED, from.get(i).key(), i + 1, 0, false,
                whole(WordDiff.Op.DELETE, from.get(i).text()));
    }

    private static List<WordDiff.Segment> whole(WordDiff.Op op, String text) {
        return List.of(new WordDiff.Segment(op, text));
    }

    /** Keys of the kept paragraphs that form the longest subsequence still in their old relative order. */
    static Set<String> stayedInOrder(List<Side> to, Map<String, Integer> fromIndex) {
        var keys = new ArrayList<String>();
        var positions = new ArrayList<Integer>();
        for (Side side : to) {
            Integer i = fromIndex.get(side.key());
            if (i != null) {
                keys.add(side.key());
                positions.add(i);
            }
        }
        int n = positions.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (positions.get(tailIndex[mid]) < positions.get(k)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        var result = new HashSet<String>();
        for (int k = length > 0 ? tailIndex[length - 1] : -1; k >= 0; k = previous[k]) {
            result.add(keys.get(k));
        }
        return result;
    }
}
