package org.agora.engagements.entity;

/** The four engagement modes of the course material the platform supports. */
public enum Mode {
    /** The agency publishes updates and facts; citizens read, react and ask clarifying questions. */
    BROADCAST,
    /** The agency publishes a draft and asks focused questions; citizens comment and attach evidence. */
    CONSULTATION,
    /** The agency sets a challenge or a draft open to amendment; citizens propose, vote and refine. */
    CO_DEVELOPMENT,
    /** The agency staffs a help channel with a service level; citizens ask and get official answers. */
    CUSTOMER_SERVICE
}
