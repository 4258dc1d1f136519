package org.agora.moderation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Insults and worse, from a {@link Lexicon}: a listed insult HOLDs the post for a moderator (context decides:
 * quoting an insult to complain about it is fine); a phrase urging self-harm or threatening REFUSEs it. The
 * explanation names the term masked ({@code i****}), never in full, and at most {@value #MAX_HITS} terms are
 * reported.
 */
public final class AbusiveLanguage implements ScreeningRule {

    public static final String NAME = "abusive-language";
    static final int MAX_HITS = 5;

    private final Lexicon lexicon;

    public AbusiveLanguage(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Hit> check(Submission submission, NormalisedText text) {
        var terms = lexicon.find(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        var hits = new ArrayList<Hit>(Math.min(terms.size(), MAX_HITS));
        for (var term : terms.subList(0, Math.min(terms.size(), MAX_HITS))) {
            hits.add(new Hit(NAME, term.verdict(), term.verdict() == Verdict.REFUSE
                    ? "contains a phrase that is never accepted here (" + term.masked() + ")"
                    : "contains a term from the abuse list (" + term.masked() + ")"));
        }
        return hits;
    }
}
