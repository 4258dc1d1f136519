-- Ideas are reportable: moderators hide (reversibly) or remove them; the reason code is what readers and the author see.
ALTER TABLE idea ADD COLUMN moderation VARCHAR(16) DEFAULT 'VISIBLE' NOT NULL;
ALTER TABLE idea ADD COLUMN moderation_reason VARCHAR(64);
ALTER TABLE idea ADD CONSTRAINT idea_moderation_ck CHECK (moderation IN ('VISIBLE', 'HIDDEN', 'REMOVED'));
