package org.agora.evidence.control;

import org.agora.problems.DomainProblem;

/** An evidence upload or its text that the platform does not accept; see {@link Inspection.Reason}. */
public final class EvidenceRefused extends DomainProblem {

    EvidenceRefused(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }
}
