-- Engagement rounds. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE engagement_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE engagement (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    title            VARCHAR(200)             NOT NULL,
    summary          VARCHAR(4000),
    mode             VARCHAR(32)              NOT NULL,
    state            VARCHAR(32)              NOT NULL,
    agency           VARCHAR(200)             NOT NULL,
    opens_at         TIMESTAMP WITH TIME ZONE,
    closes_at        TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT engagement_mode_ck CHECK (mode IN ('BROADCAST', 'CONSULTATION', 'CO_DEVELOPMENT', 'CUSTOMER_SERVICE')),
    CONSTRAINT engagement_state_ck CHECK (state IN ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'OUTCOME_PUBLISHED', 'ARCHIVED')),
    CONSTRAINT engagement_dates_ck CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at)
);

CREATE INDEX engagement_state_closes_ix ON engagement (state, closes_at, id);
CREATE INDEX engagement_mode_ix ON engagement (mode, id);
