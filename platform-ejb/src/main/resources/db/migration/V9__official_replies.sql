-- Replies a moderator or an agency posts in its official capacity (e.g. a de-escalation or a correction with a
-- source, adapted from a response template) are marked as such.
ALTER TABLE round_comment ADD COLUMN official BOOLEAN DEFAULT FALSE NOT NULL;
