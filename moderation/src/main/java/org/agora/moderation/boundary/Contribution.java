package org.agora.moderation.boundary;

import java.util.Objects;

/**
 * Something a participant sends, about to enter the platform through {@link Admissions#admit}.
 *
 * @param type     the owning component's content type, e.g. {@code comment}, {@code idea}, {@code question}
 * @param step     what this submission is, in the kind's words: {@code post}, {@code reply}, {@code edit},
 *                 {@code follow-up}, {@code import} …
 * @param existing for a change to an item that exists (an edit, a follow-up), its id; {@code null} for a new item
 * @param roundId  the round it belongs to
 * @param authorId its author's participant id
 * @param text     everything of it that others will read (title and body), as screening should see it
 * @param audience who will read it, which decides what may restrict it
 */
public record Contribution(String type, String step, Long existing, long roundId, long authorId, String text,
        Audience audience) {

    /** Who reads a contribution once it is admitted. */
    public enum Audience {
        /** Everyone who can see the round: mutes and blocks apply, and screening may hold it. */
        PUBLIC,
        /** Everyone, but only after a moderator approved it: the round pre-moderates public contributions. */
        PRE_MODERATED,
        /**
         * Only the agency (a private question): screening may refuse it, but a mute or block does not stop it (a
         * public body stays reachable) and nothing is held back from the staff who must answer it.
         */
        PRIVATE
    }

    public Contribution {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(audience, "audience");
    }

    /** A new item. */
    public static Contribution of(String type, String step, long roundId, long authorId, String text,
            Audience audience) {
        return new Contribution(type, step, null, roundId, authorId, text, audience);
    }

    /** A change to an existing item: an edit, or a follow-up that belongs to it. */
    public static Contribution change(String type, String step, long existing, long roundId, long authorId,
            String text, Audience audience) {
        return new Contribution(type, step, existing, roundId, authorId, text, audience);
    }

    /** The audience of a public contribution in a round that does, or does not, pre-moderate. */
    public static Audience publicIn(boolean preModerated) {
        return preModerated ? Audience.PRE_MODERATED : Audience.PUBLIC;
    }
}
