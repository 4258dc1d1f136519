package org.agora.moderation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Screens a post before it is visible: runs every {@link ScreeningRule} and returns the most severe verdict
 * (REFUSE over HOLD over ALLOW) with all the hits that explain it. The text is folded once
 * ({@link NormalisedText}) and shared by the rules. Immutable and thread-safe: one instance serves every request.
 *
 * <p>Rules, in the order they run: {@link AbusiveLanguage}, {@link LinkSpam}, {@link Shouting}, {@link Bursts},
 * {@link Repeats}. Thresholds come from {@link ScreeningConfig}.
 */
public final class Screening {

    private final List<ScreeningRule> rules;

    /** The default thresholds and the English lexicon. */
    public Screening() {
        this(ScreeningConfig.defaults());
    }

    /** These thresholds and the English lexicon. */
    public Screening(ScreeningConfig config) {
        this(config, Lexicon.english());
    }

    public Screening(ScreeningConfig config, Lexicon lexicon) {
        Objects.requireNonNull(config, "config");
        this.rules = List.of(new AbusiveLanguage(lexicon), new LinkSpam(config), new Shouting(config),
                new Bursts(config), new Repeats(config));
    }

    /** The rules this screening runs, in order. */
    public List<ScreeningRule> rules() {
        return rules;
    }

    /** The verdict on {@code submission}, with every rule that fired. */
    public ScreeningResult screen(Submission submission) {
        var text = NormalisedText.of(submission.text());
        List<Hit> hits = null;
        for (var rule : rules) {
            var found = rule.check(submission, text);
            if (!found.isEmpty()) {
                if (hits == null) {
                    hits = new ArrayList<>(found.size() + 2);
                }
                hits.addAll(found);
            }
        }
        return hits == null ? ScreeningResult.allowed() : ScreeningResult.of(hits);
    }
}
