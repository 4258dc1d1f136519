-- Edit history of comments: every earlier text, kept when its author edits it.
CREATE TABLE comment_revision (
    comment_id  BIGINT                   NOT NULL,
    revision    INTEGER                  NOT NULL,
    markdown    VARCHAR(20000)           NOT NULL,
    html        VARCHAR(80000)           NOT NULL,
    replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT comment_revision_pk PRIMARY KEY (comment_id, revision),
    CONSTRAINT comment_revision_comment_fk FOREIGN KEY (comment_id) REFERENCES round_comment (id)
);

ALTER TABLE round_comment ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE round_comment ADD COLUMN revisions INTEGER DEFAULT 0 NOT NULL;
