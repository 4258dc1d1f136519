-- Evidence on customer-service questions and broadcast updates: a citation made on a private question is
-- confidential; besides the round's staff only its named reader (the question's asker) may see it. A citation names
-- a reader exactly when it is confidential.
ALTER TABLE evidence_citation ADD COLUMN confidential BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE evidence_citation ADD COLUMN confidential_reader_id BIGINT;
ALTER TABLE evidence_citation ADD CONSTRAINT evidence_citation_reader_fk
    FOREIGN KEY (confidential_reader_id) REFERENCES participant (id);
ALTER TABLE evidence_citation ADD CONSTRAINT evidence_citation_confidential_ck
    CHECK ((confidential = FALSE AND confidential_reader_id IS NULL)
        OR (confidential = TRUE AND confidential_reader_id IS NOT NULL));
CREATE INDEX evidence_citation_target_ix ON evidence_citation (engagement_id, target_type);
