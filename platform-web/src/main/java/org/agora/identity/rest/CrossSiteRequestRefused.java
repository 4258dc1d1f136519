package org.agora.identity.rest;

import org.agora.problems.DomainProblem;

/** A cookie-authenticated write that did not prove it came from our own pages. */
class CrossSiteRequestRefused extends DomainProblem {

    CrossSiteRequestRefused(String detail) {
        super(Kind.FORBIDDEN, "csrf", "Cross-site request refused", detail);
    }
}
