package org.agora.comments.boundary;

import java.util.Map;
import org.agora.problems.DomainProblem;

/** A comment the round does not take now: closed round, comments off, slow mode. */
public class CommentRefused extends DomainProblem {

    private final Map<String, Object> extensions;

    private CommentRefused(Kind kind, String slug, String title, String detail, Map<String, Object> extensions) {
        super(kind, slug, title, detail);
        this.extensions = extensions;
    }

    static CommentRefused roundNotOpen() {
        return new CommentRefused(Kind.CONFLICT, "round-not-open", "This round is not open",
                "Comments can be made only while a round is open.", Map.of());
    }

    static CommentRefused commentsOff() {
        return new CommentRefused(Kind.CONFLICT, "comments-off", "Comments are turned off",
                "This round does not take comments.", Map.of());
    }

    static CommentRefused slowMode(long waitSeconds, int slowModeSeconds) {
        return new CommentRefused(Kind.TOO_SOON, "slow-mode", "Slow mode",
                "This round allows one comment every " + slowModeSeconds + " seconds per person; wait "
                        + waitSeconds + " s.", Map.of("retryAfterSeconds", waitSeconds));
    }

    static CommentRefused editWindowClosed(long minutes) {
        return new CommentRefused(Kind.CONFLICT, "edit-window-closed", "Too late to edit",
                "A comment can be edited for " + minutes + " minutes after it was posted.", Map.of());
    }

    static CommentRefused alreadyEndorsed() {
        return new CommentRefused(Kind.CONFLICT, "already-endorsed", "Already endorsed",
                "You have already endorsed this comment; each person endorses a comment once.", Map.of());
    }

    static CommentRefused ownComment() {
        return new CommentRefused(Kind.CONFLICT, "own-comment", "That is your own comment",
                "You cannot endorse your own comment.", Map.of());
    }

    static CommentRefused notVisible() {
        return new CommentRefused(Kind.CONFLICT, "not-endorsable", "This comment cannot be endorsed",
                "Only visible comments can be endorsed.", Map.of());
    }

    static CommentRefused threadLocked() {
        return new CommentRefused(Kind.CONFLICT, "thread-locked", "This thread is locked",
                "A moderator locked this thread: it takes no more replies.", Map.of());
    }

    static CommentRefused moderated() {
        return new CommentRefused(Kind.CONFLICT, "moderated", "This comment is under moderation",
                "A moderator hid or removed this comment; see your moderation notices to appeal.", Map.of());
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
