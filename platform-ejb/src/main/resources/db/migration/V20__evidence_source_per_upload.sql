-- Bytes are still stored once by SHA-256 (storage_key), but an upload of bytes that exist only where the uploader
-- cannot see them becomes a source of its own: who may see a source follows its citations, never the upload.
ALTER TABLE evidence_source DROP CONSTRAINT evidence_source_sha256_uk;
CREATE INDEX evidence_source_sha256_ix ON evidence_source (sha256);
