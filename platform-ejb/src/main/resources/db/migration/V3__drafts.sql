-- Policies, their published draft versions and paragraphs; rounds can be opened on a draft version with settings.
CREATE SEQUENCE policy_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE draft_version_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE paragraph_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE policy (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    title          VARCHAR(200)             NOT NULL,
    summary        VARCHAR(4000),
    agency         VARCHAR(200)             NOT NULL,
    latest_version INTEGER                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL
);

CREATE TABLE draft_version (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    policy_id       BIGINT                   NOT NULL,
    number          INTEGER                  NOT NULL,
    changelog       VARCHAR(4000),
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    publisher_id    BIGINT,
    publisher_name  VARCHAR(100)             NOT NULL,
    paragraph_count INTEGER                  NOT NULL,
    CONSTRAINT draft_version_policy_fk FOREIGN KEY (policy_id) REFERENCES policy (id),
    CONSTRAINT draft_version_publisher_fk FOREIGN KEY (publisher_id) REFERENCES participant (id),
    CONSTRAINT draft_version_number_uk UNIQUE (policy_id, number)
);

CREATE TABLE paragraph (
    id               BIGINT          NOT NULL PRIMARY KEY,
    draft_version_id BIGINT          NOT NULL,
    paragraph_key    VARCHAR(16)     NOT NULL,
    position         INTEGER         NOT NULL,
    kind             VARCHAR(16)     NOT NULL,
    heading_level    INTEGER         NOT NULL,
    markdown         VARCHAR(200000) NOT NULL,
    plain_text       VARCHAR(200000) NOT NULL,
    html             VARCHAR(400000) NOT NULL,
    origin           VARCHAR(16)     NOT NULL,
    derived_from     VARCHAR(16),
    CONSTRAINT paragraph_version_fk FOREIGN KEY (draft_version_id) REFERENCES draft_version (id),
    CONSTRAINT paragraph_key_uk UNIQUE (draft_version_id, paragraph_key),
    CONSTRAINT paragraph_position_uk UNIQUE (draft_version_id, position)
);

ALTER TABLE engagement ADD COLUMN draft_version_id BIGINT;
ALTER TABLE engagement ADD CONSTRAINT engagement_draft_version_fk FOREIGN KEY (draft_version_id) REFERENCES draft_version (id);
ALTER TABLE engagement ADD COLUMN comments_enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE engagement ADD COLUMN pre_moderation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE engagement ADD COLUMN attachments_allowed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE engagement ADD COLUMN max_comment_length INTEGER DEFAULT 5000 NOT NULL;
ALTER TABLE engagement ADD COLUMN slow_mode_seconds INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX engagement_draft_version_ix ON engagement (draft_version_id);
CREATE INDEX engagement_state_opens_ix ON engagement (state, opens_at, id);
