package org.agora.moderation.control;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of screening a post: the verdict and every rule that fired. The verdict is always the most severe
 * of the hits' verdicts, or {@link Verdict#ALLOW} when nothing fired; the constructor refuses anything else, so a
 * result can always be explained by its hits.
 */
public record ScreeningResult(Verdict verdict, List<Hit> hits) {

    public ScreeningResult {
        Objects.requireNonNull(verdict, "verdict");
        hits = List.copyOf(hits);
        if (verdict != mostSevere(hits)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not follow from the hits " + hits);
        }
    }

    /** The result of these hits: the most severe of their verdicts. */
    public static ScreeningResult of(List<Hit> hits) {
        return new ScreeningResult(mostSevere(hits), hits);
    }

    /** Nothing fired. */
    public static ScreeningResult allowed() {
        return new ScreeningResult(Verdict.ALLOW, List.of());
    }

    /** The names of the rules that fired, in the order they fired (a rule may appear more than once). */
    public List<String> rules() {
        return hits.stream().map(Hit::rule).toList();
    }

    /** Why the post got its verdict, for its author: the explanations of the hits that decided it, in order. */
    public String explanation() {
        return hits.stream().filter(h -> h.verdict() == verdict).map(Hit::explanation)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static Verdict mostSevere(List<Hit> hits) {
        var verdict = Verdict.ALLOW;
        for (var hit : hits) {
            verdict = verdict.max(hit.verdict());
        }
        return verdict;
    }
}
