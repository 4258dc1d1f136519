package org.agora.problems;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A request that the domain refuses, with a stable machine-readable slug and a human-readable detail. */
@ApplicationException(rollback = true)
public abstract class DomainProblem extends RuntimeException {

    /** What kind of refusal this is; the web layer maps each kind to one HTTP status. */
    public enum Kind {
        /** The thing asked for does not exist (404). */
        NOT_FOUND,
        /** The caller's credentials were not accepted (401, with a Bearer challenge). */
        UNAUTHENTICATED,
        /** The caller is known but may not do this (403). */
        FORBIDDEN,
        /** The request is well-formed but conflicts with the current state (409). */
        CONFLICT,
        /** The request breaks a rule about its own content (400). */
        INVALID,
        /** Too soon: the caller must wait (429); {@code retryAfterSeconds} in the extensions says how long. */
        TOO_SOON,
        /** The content is of a type that is not accepted here (415). */
        UNSUPPORTED_MEDIA_TYPE,
        /** The content is larger than accepted here (413). */
        TOO_LARGE,
        /** The content is of an accepted type but cannot be taken as it is: empty, malformed, dangerous (422). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String slug;
    private final String title;

    protected DomainProblem(Kind kind, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable, documented identifier, e.g. {@code illegal-transition}. */
    public String slug() {
        return slug;
    }

    /** Short summary that is the same for every occurrence of this problem. */
    public String title() {
        return title;
    }

    /** Explanation of this occurrence, safe to show to the client. */
    public String detail() {
        return getMessage();
    }

    /** Extra members for the problem document (e.g. the current state); empty by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
