-- Threaded comments on rounds, anchored to draft paragraphs and passages, and endorsements.
CREATE SEQUENCE round_comment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE round_comment (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id          BIGINT                   NOT NULL,
    parent_id              BIGINT,
    root_id                BIGINT,
    depth                  INTEGER                  NOT NULL,
    author_id              BIGINT                   NOT NULL,
    author_name            VARCHAR(100)             NOT NULL,
    stance                 VARCHAR(16),
    markdown               VARCHAR(20000),
    html                   VARCHAR(80000),
    state                  VARCHAR(16)              NOT NULL,
    anchor_status          VARCHAR(16)              NOT NULL,
    anchor_version_id      BIGINT,
    paragraph_key          VARCHAR(16),
    quote_exact            VARCHAR(2000),
    quote_prefix           VARCHAR(200),
    quote_suffix           VARCHAR(200),
    quote_position         INTEGER,
    original_version_id    BIGINT,
    original_paragraph_key VARCHAR(16),
    idempotency_key        VARCHAR(100),
    endorsements           INTEGER                  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at             TIMESTAMP WITH TIME ZONE,
    version                BIGINT                   NOT NULL,
    CONSTRAINT round_comment_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT round_comment_parent_fk FOREIGN KEY (parent_id) REFERENCES round_comment (id),
    CONSTRAINT round_comment_author_fk FOREIGN KEY (author_id) REFERENCES participant (id),
    CONSTRAINT round_comment_version_fk FOREIGN KEY (anchor_version_id) REFERENCES draft_version (id),
    CONSTRAINT round_comment_idempotency_uk UNIQUE (author_id, idempotency_key),
    CONSTRAINT round_comment_depth_ck CHECK (depth BETWEEN 1 AND 3)
);

CREATE INDEX round_comment_thread_ix ON round_comment (engagement_id, root_id, created_at, id);
CREATE INDEX round_comment_roots_ix ON round_comment (engagement_id, depth, created_at, id);
CREATE INDEX round_comment_anchor_ix ON round_comment (anchor_version_id, anchor_status);
CREATE INDEX round_comment_author_ix ON round_comment (engagement_id, author_id, created_at);

CREATE TABLE comment_endorsement (
    comment_id     BIGINT                   NOT NULL,
    participant_id BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT comment_endorsement_pk PRIMARY KEY (comment_id, participant_id),
    CONSTRAINT comment_endorsement_comment_fk FOREIGN KEY (comment_id) REFERENCES round_comment (id),
    CONSTRAINT comment_endorsement_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id)
);
