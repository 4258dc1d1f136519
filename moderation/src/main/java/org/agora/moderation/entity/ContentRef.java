package org.agora.moderation.entity;

import java.util.Objects;

/**
 * What moderation knows of a piece of content: enough to show it in a queue, link to it and act on it, without
 * depending on the component that owns it.
 *
 * @param type     the owning component's name for the content type, e.g. {@code comment}, {@code idea}
 * @param id       the content's identifier within that type
 * @param snapshot the text as it was when the reference was taken (what a moderator judged)
 * @param link     a path to the content on the public site
 * @param authorId the author's participant id
 * @param roundId  the engagement round the content belongs to
 */
public record ContentRef(String type, long id, String snapshot, String link, long authorId, long roundId) {

    public static final int MAX_SNAPSHOT = 10_000;

    public ContentRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(link, "link");
        if (type.isBlank() || !type.matches("[a-z][a-z-]{0,31}")) {
            throw new IllegalArgumentException("content type must be a short lower-case name, was: " + type);
        }
        if (snapshot.length() > MAX_SNAPSHOT) {
            snapshot = snapshot.substring(0, MAX_SNAPSHOT);
        }
    }

    /** A stable key for "one case per item": the same content always yields the same key. */
    public String key() {
        return type + ":" + id;
    }
}
