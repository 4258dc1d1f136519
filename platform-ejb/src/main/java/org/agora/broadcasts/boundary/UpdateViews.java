package org.agora.broadcasts.boundary;

import java.time.Instant;
import java.util.List;

/** What clients see of broadcast updates. */
public final class UpdateViews {

    private UpdateViews() {
    }

    /** A cited web source: shown as a link (never fetched by the server), with the quoted passage if any. */
    public record SourceView(String url, String title, String quote) {
    }

    /**
     * An update. {@code html} is sanitised; {@code markdown} only for those who may edit it. A withdrawn update is a
     * tombstone: title, dates and reason, but no text and no sources. {@code myReaction} is the viewer's own
     * (HELPFUL or NOT_HELPFUL) or absent.
     */
    public record UpdateView(long id, long roundId, String title, String html, String markdown,
            List<SourceView> sources, String agency, String author, String state, boolean pinned, Instant postedAt,
            Instant editedAt, Instant withdrawnAt, String withdrawalReason, long helpful, long notHelpful,
            String myReaction, boolean canManage) {
    }

    public record UpdatePage(List<UpdateView> items, int page, int size, long total) {
    }

    /**
     * Unique readers of one update: {@code reach} is unique readers per UTC day summed over the days (a person who
     * reads on two days counts twice), {@code readersToday} those of the current day.
     */
    public record UpdateReach(long id, String title, String state, long reach, long readersToday) {
    }

    public record ReachReport(long roundId, long reach, long readersToday, List<UpdateReach> updates) {
    }
}
