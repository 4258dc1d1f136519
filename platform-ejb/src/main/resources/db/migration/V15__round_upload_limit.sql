-- Evidence: each round chooses its largest upload (in megabytes); 20 MB as before unless the agency changes it.
ALTER TABLE engagement ADD COLUMN max_upload_megabytes INTEGER DEFAULT 20 NOT NULL;
