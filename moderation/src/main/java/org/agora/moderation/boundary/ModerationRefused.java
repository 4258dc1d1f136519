package org.agora.moderation.boundary;

import jakarta.ejb.ApplicationException;

/** A moderation request refused for a reason the client can fix; {@code status} is the HTTP status to answer. */
@ApplicationException(rollback = true)
public class ModerationRefused extends RuntimeException {

    private final int status;
    private final String slug;

    public ModerationRefused(int status, String slug, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
    }

    public static ModerationRefused notFound(String what) {
        return new ModerationRefused(404, "not-found", "There is no " + what + " here.");
    }

    public static ModerationRefused forbidden(String detail) {
        return new ModerationRefused(403, "forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }
}
