-- Co-development: ideas and amendments (proposed replacement text for one paragraph of the round's draft), one
-- support vote per participant per idea. Accepted amendments are "staged" for the next draft version; merged items
-- name the version that contains them; duplicates name the idea they were merged into.
CREATE SEQUENCE idea_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE idea (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id       BIGINT                   NOT NULL,
    kind                VARCHAR(16)              NOT NULL,
    author_id           BIGINT                   NOT NULL,
    author_name         VARCHAR(100)             NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    markdown            VARCHAR(20000)           NOT NULL,
    html                VARCHAR(80000)           NOT NULL,
    paragraph_key       VARCHAR(16),
    base_version_id     BIGINT,
    base_markdown       VARCHAR(20000),
    proposed_markdown   VARCHAR(20000),
    status              VARCHAR(16)              NOT NULL,
    status_reason       VARCHAR(4000),
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    merged_version_id   BIGINT,
    duplicate_of        BIGINT,
    supporters          INTEGER                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT idea_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT idea_author_fk FOREIGN KEY (author_id) REFERENCES participant (id),
    CONSTRAINT idea_base_version_fk FOREIGN KEY (base_version_id) REFERENCES draft_version (id),
    CONSTRAINT idea_merged_version_fk FOREIGN KEY (merged_version_id) REFERENCES draft_version (id),
    CONSTRAINT idea_duplicate_fk FOREIGN KEY (duplicate_of) REFERENCES idea (id),
    CONSTRAINT idea_kind_ck CHECK (kind IN ('IDEA', 'AMENDMENT')),
    CONSTRAINT idea_status_ck CHECK (status IN ('NEW', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'MERGED', 'DUPLICATE')),
    CONSTRAINT idea_amendment_ck CHECK (kind = 'IDEA' OR (paragraph_key IS NOT NULL AND base_version_id IS NOT NULL
        AND proposed_markdown IS NOT NULL))
);
CREATE INDEX idea_round_ix ON idea (engagement_id, status);
CREATE INDEX idea_base_version_ix ON idea (base_version_id, status);

CREATE TABLE idea_vote (
    idea_id        BIGINT                   NOT NULL,
    participant_id BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idea_vote_pk PRIMARY KEY (idea_id, participant_id),
    CONSTRAINT idea_vote_idea_fk FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT idea_vote_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX idea_vote_participant_ix ON idea_vote (participant_id);

-- comment threads on an idea reuse the comments component: a thread's comments name the idea they discuss
ALTER TABLE round_comment ADD COLUMN idea_id BIGINT;
ALTER TABLE round_comment ADD CONSTRAINT round_comment_idea_fk FOREIGN KEY (idea_id) REFERENCES idea (id);
CREATE INDEX round_comment_idea_ix ON round_comment (idea_id);
