package org.agora.moderation.boundary;

import java.util.List;
import org.agora.moderation.entity.ContentRef;

/**
 * What {@link Admissions#admit} made of a contribution that was not refused (a refusal is thrown: nothing is stored).
 */
public sealed interface Admission permits Admission.Admitted, Admission.Held {

    /** The stored item. */
    ContentRef ref();

    /** Published at once. */
    record Admitted(ContentRef ref) implements Admission {
    }

    /**
     * Stored, but seen only by its author (and the staff who must answer it) until a moderator approves it; its case
     * is open in the queue. {@code rules} names why ({@code pre-moderation}, or screening's rules), {@code explanation}
     * says it in words for the author.
     */
    record Held(ContentRef ref, List<String> rules, String explanation) implements Admission {

        public Held {
            rules = List.copyOf(rules);
        }
    }

    default boolean held() {
        return this instanceof Held;
    }
}
