package org.agora.moderation.control;

import java.util.Objects;

/**
 * One screening rule that fired.
 *
 * @param rule        the rule's name, e.g. {@code link-spam} (stable; used in statistics and by moderators)
 * @param verdict     what this rule alone would decide
 * @param explanation why, in words safe to show the author: it never repeats an offending word in full
 */
public record Hit(String rule, Verdict verdict, String explanation) {

    public Hit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
    }
}
