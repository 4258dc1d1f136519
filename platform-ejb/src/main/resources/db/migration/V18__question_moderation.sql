-- Public questions are reportable: moderators hide (reversibly) or remove them; a hidden question is seen only by its
-- asker and the round's staff, like a private one, with the reason code.
ALTER TABLE service_question ADD COLUMN moderation VARCHAR(16) DEFAULT 'VISIBLE' NOT NULL;
ALTER TABLE service_question ADD COLUMN moderation_reason VARCHAR(64);
ALTER TABLE service_question ADD CONSTRAINT service_question_moderation_ck
    CHECK (moderation IN ('VISIBLE', 'HIDDEN', 'REMOVED'));
