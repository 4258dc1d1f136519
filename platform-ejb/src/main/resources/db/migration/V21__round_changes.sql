-- Officers correct a round after creating it: what changed is recorded in its history, and a change of dates carries
-- a note to the public that the round's pages show.
ALTER TABLE engagement_event ADD COLUMN details VARCHAR(2000);
ALTER TABLE engagement_event ADD COLUMN public_note VARCHAR(2000);
-- the closing time before and after such a change, for the announcement
ALTER TABLE engagement_event ADD COLUMN closes_before TIMESTAMP WITH TIME ZONE;
ALTER TABLE engagement_event ADD COLUMN closes_after TIMESTAMP WITH TIME ZONE;
