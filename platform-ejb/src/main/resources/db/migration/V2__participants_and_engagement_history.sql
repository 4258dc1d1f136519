-- Participants (identity) and the record of who did what to each round.
CREATE SEQUENCE participant_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE participant (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    subject      VARCHAR(255)             NOT NULL,
    display_name VARCHAR(100)             NOT NULL,
    agency       VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT participant_subject_uk UNIQUE (subject)
);

CREATE SEQUENCE engagement_event_seq START WITH 1000 INCREMENT BY 50;

-- actor_id is the participant (NULL for the platform itself); actor_name is kept as it was at the time.
CREATE TABLE engagement_event (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id BIGINT                   NOT NULL,
    action        VARCHAR(32)              NOT NULL,
    state_after   VARCHAR(32)              NOT NULL,
    actor_id      BIGINT,
    actor_name    VARCHAR(100)             NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT engagement_event_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT engagement_event_actor_fk FOREIGN KEY (actor_id) REFERENCES participant (id)
);

CREATE INDEX engagement_event_engagement_ix ON engagement_event (engagement_id, occurred_at, id);
