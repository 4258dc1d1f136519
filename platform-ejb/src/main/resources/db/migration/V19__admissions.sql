-- One admission path (ADR 0008): every contribution of every kind is recorded with what became of it; screening reads
-- an author's recent admissions across comments, ideas and questions (bursts, repeats). The text is kept for that
-- window and erased when the item is deleted or purged.
CREATE TABLE moderation_admission (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    content_type   VARCHAR(32)              NOT NULL,
    content_id     BIGINT                   NOT NULL,
    engagement_id  BIGINT                   NOT NULL,
    author_id      BIGINT                   NOT NULL,
    step           VARCHAR(16)              NOT NULL,
    text           VARCHAR(10000),
    verdict        VARCHAR(16)              NOT NULL,
    rules          VARCHAR(500),
    admitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT moderation_admission_verdict_ck CHECK (verdict IN ('ADMITTED', 'HELD', 'REFUSED'))
);
CREATE INDEX moderation_admission_author_ix ON moderation_admission (author_id, admitted_at);
CREATE INDEX moderation_admission_content_ix ON moderation_admission (content_type, content_id);

-- Escalation has two levels: the round's agency, then the legal team, each with its own due time.
ALTER TABLE moderation_case ADD COLUMN escalation_level VARCHAR(16);
UPDATE moderation_case SET escalation_level = 'AGENCY' WHERE escalated_due IS NOT NULL;

-- A staff member's report opens a case but weighs nothing toward hiding.
ALTER TABLE moderation_flag ADD COLUMN staff BOOLEAN DEFAULT FALSE NOT NULL;

-- Agencies word response templates in their own voice.
CREATE TABLE moderation_template (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    agency        VARCHAR(200)             NOT NULL,
    template_key  VARCHAR(64)              NOT NULL,
    title         VARCHAR(200)             NOT NULL,
    body          VARCHAR(4000)            NOT NULL,
    updated_by    VARCHAR(100)             NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT moderation_template_uk UNIQUE (agency, template_key)
);

-- Ideas and public questions can be held (screening, pre-moderation) like comments.
ALTER TABLE idea DROP CONSTRAINT idea_moderation_ck;
ALTER TABLE idea ADD CONSTRAINT idea_moderation_ck CHECK (moderation IN ('VISIBLE', 'HELD', 'HIDDEN', 'REMOVED'));
ALTER TABLE service_question DROP CONSTRAINT service_question_moderation_ck;
ALTER TABLE service_question ADD CONSTRAINT service_question_moderation_ck
    CHECK (moderation IN ('VISIBLE', 'HELD', 'HIDDEN', 'REMOVED'));
