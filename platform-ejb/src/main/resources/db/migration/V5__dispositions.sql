-- "You said, we did": what the agency decided about a comment or a group of comments, linked to the draft change
-- that answers it.
CREATE SEQUENCE disposition_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE disposition (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id        BIGINT                   NOT NULL,
    outcome              VARCHAR(16)              NOT NULL,
    reason               VARCHAR(4000)            NOT NULL,
    answered_in_version  BIGINT,
    paragraph_keys       VARCHAR(400),
    officer_id           BIGINT,
    officer_name         VARCHAR(100)             NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT disposition_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT disposition_version_fk FOREIGN KEY (answered_in_version) REFERENCES draft_version (id),
    CONSTRAINT disposition_outcome_ck CHECK (outcome IN ('ACCEPTED', 'PARTLY', 'NOT_ACCEPTED', 'OUT_OF_SCOPE'))
);

ALTER TABLE round_comment ADD COLUMN disposition_id BIGINT;
ALTER TABLE round_comment ADD CONSTRAINT round_comment_disposition_fk FOREIGN KEY (disposition_id) REFERENCES disposition (id);
CREATE INDEX disposition_engagement_ix ON disposition (engagement_id);
