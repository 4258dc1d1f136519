-- Moderation: one case per reported or held item, flags, decisions, appeals, sanctions, flaggers' track records and
-- the append-only audit log. Content is known only by (content_type, content_id) plus a snapshot: moderation does
-- not depend on the components that own content (see the moderation module).
CREATE SEQUENCE moderation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE moderation_case (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    content_type   VARCHAR(32)              NOT NULL,
    content_id     BIGINT                   NOT NULL,
    engagement_id  BIGINT                   NOT NULL,
    author_id      BIGINT                   NOT NULL,
    snapshot       VARCHAR(10000),
    link           VARCHAR(500)             NOT NULL,
    origin         VARCHAR(16)              NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    content_state  VARCHAR(16)              NOT NULL,
    score          DOUBLE PRECISION         NOT NULL,
    flag_count     INTEGER                  NOT NULL,
    top_reason     VARCHAR(16),
    screening      VARCHAR(2000),
    claimed_by     BIGINT,
    claimed_name   VARCHAR(100),
    decided_by     BIGINT,
    escalated_due  TIMESTAMP WITH TIME ZONE,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT moderation_case_content_uk UNIQUE (content_type, content_id),
    CONSTRAINT moderation_case_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id)
);
CREATE INDEX moderation_case_queue_ix ON moderation_case (state, score, opened_at);
CREATE INDEX moderation_case_round_ix ON moderation_case (engagement_id, state);
CREATE INDEX moderation_case_author_ix ON moderation_case (author_id);

CREATE TABLE moderation_flag (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    case_id      BIGINT                   NOT NULL,
    reporter_id  BIGINT                   NOT NULL,
    reason       VARCHAR(16)              NOT NULL,
    details      VARCHAR(1000),
    weight       DOUBLE PRECISION         NOT NULL,
    outcome      VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT moderation_flag_once_uk UNIQUE (case_id, reporter_id),
    CONSTRAINT moderation_flag_case_fk FOREIGN KEY (case_id) REFERENCES moderation_case (id),
    CONSTRAINT moderation_flag_reporter_fk FOREIGN KEY (reporter_id) REFERENCES participant (id)
);
CREATE INDEX moderation_flag_reporter_ix ON moderation_flag (reporter_id, created_at);

CREATE TABLE moderation_decision (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    case_id       BIGINT                   NOT NULL,
    action        VARCHAR(24)              NOT NULL,
    reason_code   VARCHAR(16),
    statement     VARCHAR(4000)            NOT NULL,
    moderator_id  BIGINT                   NOT NULL,
    moderator_name VARCHAR(100)            NOT NULL,
    state_before  VARCHAR(16)              NOT NULL,
    state_after   VARCHAR(16)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT moderation_decision_case_fk FOREIGN KEY (case_id) REFERENCES moderation_case (id)
);
CREATE INDEX moderation_decision_case_ix ON moderation_decision (case_id, created_at, id);

CREATE TABLE moderation_appeal (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    case_id       BIGINT                   NOT NULL,
    author_id     BIGINT                   NOT NULL,
    statement     VARCHAR(4000)            NOT NULL,
    appealed_decision_by BIGINT            NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    BIGINT,
    outcome       VARCHAR(16),
    answer        VARCHAR(4000),
    decided_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT moderation_appeal_once_uk UNIQUE (case_id),
    CONSTRAINT moderation_appeal_case_fk FOREIGN KEY (case_id) REFERENCES moderation_case (id)
);

CREATE TABLE moderation_sanction (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    participant_id BIGINT                   NOT NULL,
    kind           VARCHAR(16)              NOT NULL,
    until_at       TIMESTAMP WITH TIME ZONE,
    case_id        BIGINT                   NOT NULL,
    statement      VARCHAR(4000)            NOT NULL,
    moderator_id   BIGINT                   NOT NULL,
    lifted         BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT moderation_sanction_case_fk FOREIGN KEY (case_id) REFERENCES moderation_case (id)
);
CREATE INDEX moderation_sanction_participant_ix ON moderation_sanction (participant_id, kind);

CREATE TABLE moderation_flagger (
    participant_id BIGINT  NOT NULL PRIMARY KEY,
    agreed         INTEGER NOT NULL,
    disagreed      INTEGER NOT NULL
);

-- who, what, when, before/after, reason: never updated or deleted (PostgreSQL enforces it, see db/postgresql)
CREATE TABLE moderation_audit (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id BIGINT                   NOT NULL,
    case_id       BIGINT,
    content_type  VARCHAR(32),
    content_id    BIGINT,
    action        VARCHAR(24)              NOT NULL,
    actor_id      BIGINT,
    actor_name    VARCHAR(100)             NOT NULL,
    state_before  VARCHAR(16),
    state_after   VARCHAR(16),
    reason_code   VARCHAR(16),
    statement     VARCHAR(4000),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX moderation_audit_round_ix ON moderation_audit (engagement_id, occurred_at, id);

ALTER TABLE round_comment ADD COLUMN locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE round_comment ADD COLUMN moderation_reason VARCHAR(16);
