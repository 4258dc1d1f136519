package org.agora.comments.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a round, paragraph by paragraph: what people said (threads, stances, the most endorsed comments)
 * and what was done (dispositions, with the version and paragraphs that answer them).
 */
public record OutcomeReport(long roundId, String title, String agency, String state, Long policyId,
        String policyTitle, Integer draftVersion, Totals totals, List<Section> sections) {

    public record Totals(long threads, long disposed, Map<String, Long> stances) {
    }

    /** One paragraph of the round's draft (key null for comments on the round as a whole). */
    public record Section(String paragraphKey, int position, String text, long threads, Map<String, Long> stances,
            List<TopComment> topComments, List<DispositionView> dispositions) {
    }

    public record TopComment(long id, String author, String stance, String html, int endorsements) {
    }

    /** {@code diff} is the API path of the change that answers the comments, when there is one. */
    public record DispositionView(long id, String outcome, String reason, Integer answeredInVersion,
            List<String> paragraphKeys, List<Long> commentIds, String officer, Instant decidedAt, String diff) {
    }
}
