package org.agora.evidence.boundary;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What clients see of evidence: never the entities, never the extracted text. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /** A source in short, as an upload answers and the library lists it. */
    public record SourceSummary(long id, String fileName, String status, String title, String mediaType, long size,
            Integer pages, String verdict) {
    }

    /**
     * An upload's result: the source (new or already known by its bytes) and the citation just made.
     *
     * @param created whether these bytes were new (a new source was stored)
     */
    public record Uploaded(SourceSummary source, long citationId, boolean created) {
    }

    /** Where a source is cited. {@code targetType} is {@code comment}, {@code paragraph}, {@code idea} or {@code round}. */
    public record CitationView(long id, long roundId, String targetType, String targetId, String citer,
            String quote, Integer page, Instant createdAt) {
    }

    /** One source with what is known of it, its verdict and where it is cited. */
    public record SourceView(long id, String fileName, String mediaType, long size, String sha256, String status,
            String failure, String failureDetail, String title, String author, Instant documentCreated,
            Instant documentModified, Integer pages, boolean truncated, String verdict, String verdictNote,
            String reviewer, Instant reviewedAt, Instant createdAt, List<CitationView> citations) {
    }

    /** A source in a round's library, with how often the round cites it. */
    public record LibraryEntry(SourceSummary source, long citations) {
    }

    public record LibraryPage(List<LibraryEntry> items, int page, int size, long total) {
    }

    /**
     * A web page cited from a comment, a paragraph, an idea or the round (its address is recorded, never fetched);
     * {@code commentId} only for a comment.
     */
    public record WebCitation(long id, String targetType, String targetId, Long commentId, String url, String title,
            String quote, Instant createdAt) {
    }

    /**
     * A citation as a badge beside a comment: an uploaded source ({@code sourceId}, title or file name, status,
     * verdict) or a web page ({@code url}, title).
     */
    public record Badge(long citationId, Long sourceId, String title, String url, String status, String verdict) {
    }

    /** A stored file, for download. */
    public record Download(Path file, String fileName, String mediaType, long size) {
    }
}
