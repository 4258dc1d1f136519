package org.agora.moderation.boundary;

import java.util.List;
import java.util.Map;
import org.agora.problems.DomainProblem;

/** Screening refused the text: nothing was stored; the author is told why and may rewrite it. */
public class ScreeningRefused extends DomainProblem {

    private final List<String> rules;

    public ScreeningRefused(List<String> rules, String explanation) {
        super(Kind.INVALID, "screening-refused", "This text cannot be posted", explanation);
        this.rules = List.copyOf(rules);
    }

    public List<String> rules() {
        return rules;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("rules", rules);
    }
}
