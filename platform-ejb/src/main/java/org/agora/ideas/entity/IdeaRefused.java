package org.agora.ideas.entity;

import org.agora.problems.DomainProblem;

/** Something a co-development round does not take now: a closed round, a second vote, a step out of order. */
public class IdeaRefused extends DomainProblem {

    private IdeaRefused(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    public static IdeaRefused notCoDevelopment() {
        return new IdeaRefused(Kind.CONFLICT, "not-a-co-development-round", "Not a co-development round",
                "Ideas and amendments are taken only in co-development rounds.");
    }

    public static IdeaRefused roundNotOpen() {
        return new IdeaRefused(Kind.CONFLICT, "round-not-open", "This round is not open",
                "Ideas, amendments and votes are taken only while the round is open.");
    }

    public static IdeaRefused noDraft() {
        return new IdeaRefused(Kind.CONFLICT, "round-has-no-draft", "This round has no draft",
                "Amendments change a paragraph of the round's draft; this round discusses no draft.");
    }

    public static IdeaRefused alreadyVoted() {
        return new IdeaRefused(Kind.CONFLICT, "already-voted", "Already supported",
                "You already support this idea; each person supports an idea once.");
    }

    public static IdeaRefused notVoted() {
        return new IdeaRefused(Kind.CONFLICT, "not-voted", "Not supported",
                "You do not support this idea, so there is no support to withdraw.");
    }

    public static IdeaRefused closedForVotes(Idea.Status status) {
        return new IdeaRefused(Kind.CONFLICT, "idea-closed-for-votes", "This idea takes no more support",
                "The idea is " + status.label() + "; support can be given only to new, under review or accepted ideas.");
    }

    public static IdeaRefused transition(String action, Idea.Status status) {
        return new IdeaRefused(Kind.CONFLICT, "idea-transition-refused", "Not possible in this state",
                "An idea that is " + status.label() + " cannot be " + action + ".");
    }

    public static IdeaRefused paragraphAlreadyStaged(long otherIdea) {
        return new IdeaRefused(Kind.CONFLICT, "paragraph-already-staged", "That paragraph already has an amendment staged",
                "Amendment " + otherIdea + " to the same paragraph is already accepted for the next version;"
                        + " reject it first or combine the two.");
    }
}
