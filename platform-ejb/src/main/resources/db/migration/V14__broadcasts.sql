-- Broadcast rounds: updates an agency publishes (Markdown, with cited web sources), citizens' reactions, and reach.
-- Reach stores no IP address and no participant id: only a keyed hash of the reader (HMAC-SHA256 with a key of the
-- day) per update and day. The day's key lives in broadcast_reach_key and is deleted once the day is over, so the
-- hashes of past days cannot be linked to anyone again.
CREATE SEQUENCE broadcast_update_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE broadcast_source_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE broadcast_update (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id     BIGINT                   NOT NULL,
    author_id         BIGINT                   NOT NULL,
    author_name       VARCHAR(100)             NOT NULL,
    title             VARCHAR(200)             NOT NULL,
    markdown          VARCHAR(20000)           NOT NULL,
    html              VARCHAR(80000)           NOT NULL,
    pinned            BOOLEAN                  DEFAULT FALSE NOT NULL,
    state             VARCHAR(16)              NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(500),
    version           BIGINT                   NOT NULL,
    CONSTRAINT broadcast_update_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT broadcast_update_author_fk FOREIGN KEY (author_id) REFERENCES participant (id),
    CONSTRAINT broadcast_update_state_ck CHECK (state IN ('PUBLISHED', 'WITHDRAWN'))
);
CREATE INDEX broadcast_update_round_ix ON broadcast_update (engagement_id, pinned, created_at, id);

CREATE TABLE broadcast_source (
    id        BIGINT        NOT NULL PRIMARY KEY,
    update_id BIGINT        NOT NULL,
    ordinal   INTEGER       NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    title     VARCHAR(300)  NOT NULL,
    quote     VARCHAR(2000),
    CONSTRAINT broadcast_source_update_fk FOREIGN KEY (update_id) REFERENCES broadcast_update (id),
    CONSTRAINT broadcast_source_ordinal_uk UNIQUE (update_id, ordinal)
);

CREATE TABLE broadcast_reaction (
    update_id      BIGINT                   NOT NULL,
    participant_id BIGINT                   NOT NULL,
    kind           VARCHAR(16)              NOT NULL,
    reacted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT broadcast_reaction_pk PRIMARY KEY (update_id, participant_id),
    CONSTRAINT broadcast_reaction_update_fk FOREIGN KEY (update_id) REFERENCES broadcast_update (id),
    CONSTRAINT broadcast_reaction_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT broadcast_reaction_kind_ck CHECK (kind IN ('HELPFUL', 'NOT_HELPFUL'))
);

CREATE TABLE broadcast_reach (
    update_id   BIGINT      NOT NULL,
    read_on     DATE        NOT NULL,
    reader_hash VARCHAR(64) NOT NULL,
    CONSTRAINT broadcast_reach_pk PRIMARY KEY (update_id, read_on, reader_hash),
    CONSTRAINT broadcast_reach_update_fk FOREIGN KEY (update_id) REFERENCES broadcast_update (id)
);

CREATE TABLE broadcast_reach_key (
    key_day    DATE                     NOT NULL,
    secret     VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT broadcast_reach_key_pk PRIMARY KEY (key_day)
);
