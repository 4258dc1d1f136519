package org.agora.moderation.control;

/**
 * Who may rule on an appeal: never the moderator whose decision is appealed (a second pair of eyes is the point of
 * an appeal, and what the EU Digital Services Act asks of internal complaint handling).
 */
public final class AppealRules {

    private AppealRules() {
    }

    /**
     * @param decidedBy the moderator whose decision is appealed
     * @param reviewer  the moderator about to uphold or reverse it
     * @throws CaseRefused {@code appeal-needs-another-moderator} if they are the same person
     */
    public static void checkReviewer(long decidedBy, long reviewer) {
        if (decidedBy == reviewer) {
            throw CaseRefused.forbidden("appeal-needs-another-moderator",
                    "Cannot rule on this appeal: you made the decision that is appealed; another moderator reviews it");
        }
    }
}
