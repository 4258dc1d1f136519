package org.agora.moderation.control;

import java.util.List;

/**
 * One check made on a post before it is visible. A rule returns a {@link Hit} for each problem it finds (none when
 * the post is fine), each naming the rule and explaining itself in words safe to show the author. Rules are
 * stateless and thread-safe; {@link Screening} runs them all and takes the most severe verdict.
 */
public sealed interface ScreeningRule permits AbusiveLanguage, LinkSpam, Shouting, Bursts, Repeats {

    /** The rule's stable name, e.g. {@code link-spam}; every hit of the rule carries it. */
    String name();

    /**
     * Checks a submission.
     *
     * @param submission the post and its author's recent activity
     * @param text       the post's text, folded once for all rules ({@link NormalisedText#of(String)})
     * @return the problems found; empty when none
     */
    List<Hit> check(Submission submission, NormalisedText text);
}
