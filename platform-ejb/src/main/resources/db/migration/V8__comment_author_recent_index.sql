-- Screening reads an author's posts of the last hour across all rounds (bursts, repeats): index it.
CREATE INDEX round_comment_author_recent_ix ON round_comment (author_id, created_at);
