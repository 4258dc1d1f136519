-- Each round chooses how much flag weight hides an item until a moderator decides (3 = three newcomers' flags).
ALTER TABLE engagement ADD COLUMN auto_hide_threshold INTEGER DEFAULT 3 NOT NULL;
