package org.agora.moderation.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post about to be published, with what screening needs to know of its author's recent activity.
 *
 * @param text                  the post as written
 * @param authorRecentTexts     the author's recent posts (the boundary chooses how many; a handful is enough)
 * @param authorRecentPostTimes when the author's recent posts were made (at least those within the burst window)
 * @param now                   the time of this submission
 */
public record Submission(String text, List<String> authorRecentTexts, List<Instant> authorRecentPostTimes,
        Instant now) {

    public Submission {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(now, "now");
        authorRecentTexts = List.copyOf(authorRecentTexts);
        authorRecentPostTimes = List.copyOf(authorRecentPostTimes);
    }

    /** A post by an author with no recent activity. */
    public static Submission of(String text, Instant now) {
        return new Submission(text, List.of(), List.of(), now);
    }
}
