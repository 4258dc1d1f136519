package org.agora.engagements.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.agora.engagements.entity.Engagement;

/**
 * What an officer changes in a round; members left out stay as they are. A new closing time of a round the public
 * can see needs {@code note}: it is announced on the round's pages ("The deadline is extended to 20 March because
 * …") and kept in its history. Settings members left out keep their current value.
 */
public record RoundChange(
        @Size(min = 3, max = Engagement.TITLE_MAX, message = "{agora.size}") String title,
        @Size(max = Engagement.SUMMARY_MAX, message = "{agora.size.max}") String summary,
        Instant opensAt,
        Instant closesAt,
        @Size(max = 2000, message = "{agora.size.max}") String note,
        @Valid NewEngagement.Settings settings) {
}
