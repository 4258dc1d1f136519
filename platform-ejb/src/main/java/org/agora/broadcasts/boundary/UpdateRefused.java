package org.agora.broadcasts.boundary;

import org.agora.problems.DomainProblem;

/** An update the round does not take: not a broadcast round, or not open (or scheduled) now. */
public class UpdateRefused extends DomainProblem {

    private UpdateRefused(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    static UpdateRefused notBroadcast(String mode) {
        return new UpdateRefused(Kind.CONFLICT, "not-a-broadcast-round", "This is not a broadcast round",
                "Updates are published only in rounds of mode BROADCAST; this round is " + mode + ".");
    }

    static UpdateRefused roundNotOpenForPosting(String state) {
        return new UpdateRefused(Kind.CONFLICT, "round-not-open", "This round is not open",
                "Updates can be posted and edited only while a round is scheduled or open; this round is "
                        + state + ".");
    }

    static UpdateRefused roundNotOpenForReactions() {
        return new UpdateRefused(Kind.CONFLICT, "round-not-open", "This round is not open",
                "Reactions can be given only while the round is open.");
    }
}
