package org.agora.evidence.control;

import org.agora.problems.DomainProblem;

/**
 * An evidence upload or its text that the platform does not accept ({@link Inspection.Reason}), or a round that does
 * not take evidence now.
 */
public final class EvidenceRefused extends DomainProblem {

    EvidenceRefused(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    public static EvidenceRefused roundNotOpen() {
        return new EvidenceRefused(Kind.CONFLICT, "round-not-open", "This round is not open",
                "Evidence can be added only while a round is open.");
    }

    public static EvidenceRefused attachmentsOff() {
        return new EvidenceRefused(Kind.CONFLICT, "attachments-off", "Attachments are turned off",
                "This round does not take uploaded files; cite a web page from a comment instead.");
    }
}
