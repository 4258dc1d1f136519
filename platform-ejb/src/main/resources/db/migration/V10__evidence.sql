-- Evidence: uploaded sources, stored once by their SHA-256, and the citations that point at them (or at a web page,
-- whose address is recorded and never fetched). The extracted text is TEXT (unbounded on PostgreSQL, a long
-- character string on H2); search_text is the title and text lower-cased, for case-insensitive LIKE searches.
CREATE SEQUENCE evidence_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE evidence_source (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    sha256         VARCHAR(64)              NOT NULL,
    media_type     VARCHAR(128)             NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    file_name      VARCHAR(200)             NOT NULL,
    storage_key    VARCHAR(80)              NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    failure        VARCHAR(16),
    failure_detail VARCHAR(500),
    page_count     INTEGER,
    title          VARCHAR(500),
    author         VARCHAR(500),
    doc_created    TIMESTAMP WITH TIME ZONE,
    doc_modified   TIMESTAMP WITH TIME ZONE,
    extracted_text TEXT,
    search_text    TEXT,
    truncated      BOOLEAN                  DEFAULT FALSE NOT NULL,
    extracted_at   TIMESTAMP WITH TIME ZONE,
    verdict        VARCHAR(16)              NOT NULL,
    verdict_note   VARCHAR(2000),
    reviewer_name  VARCHAR(100),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT evidence_source_sha256_uk UNIQUE (sha256)
);

CREATE TABLE evidence_citation (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    source_id      BIGINT,
    url            VARCHAR(2000),
    url_title      VARCHAR(300),
    quote          VARCHAR(2000),
    page           INTEGER,
    engagement_id  BIGINT                   NOT NULL,
    target_type    VARCHAR(16)              NOT NULL,
    target_id      VARCHAR(64)              NOT NULL,
    comment_id     BIGINT,
    citer_id       BIGINT                   NOT NULL,
    citer_name     VARCHAR(100)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT evidence_citation_source_fk FOREIGN KEY (source_id) REFERENCES evidence_source (id),
    CONSTRAINT evidence_citation_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT evidence_citation_comment_fk FOREIGN KEY (comment_id) REFERENCES round_comment (id),
    CONSTRAINT evidence_citation_citer_fk FOREIGN KEY (citer_id) REFERENCES participant (id),
    CONSTRAINT evidence_citation_kind_ck CHECK (source_id IS NOT NULL OR url IS NOT NULL)
);
CREATE INDEX evidence_citation_round_ix ON evidence_citation (engagement_id, source_id);
CREATE INDEX evidence_citation_source_ix ON evidence_citation (source_id);
CREATE INDEX evidence_citation_comment_ix ON evidence_citation (comment_id);
