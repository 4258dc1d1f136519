-- The training sandbox (ADR 0009): runs of scenarios by trainees, classes by trainers, scripted persona events, and the
-- rounds and policies a run owns, which run on the run's scenario clock and are seen by nobody outside the run.
CREATE SEQUENCE training_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE training_class (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    title         VARCHAR(200)             NOT NULL,
    scenario_key  VARCHAR(64)              NOT NULL,
    speed         INTEGER                  NOT NULL,
    trainer_id    BIGINT                   NOT NULL,
    trainer_name  VARCHAR(100)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT training_class_trainer_fk FOREIGN KEY (trainer_id) REFERENCES participant (id)
);

CREATE TABLE training_run (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    scenario_key          VARCHAR(64)              NOT NULL,
    trainee_id            BIGINT                   NOT NULL,
    trainee_name          VARCHAR(100)             NOT NULL,
    class_id              BIGINT,
    state                 VARCHAR(16)              NOT NULL,
    clock_anchor_real     TIMESTAMP WITH TIME ZONE,
    clock_anchor_scenario TIMESTAMP WITH TIME ZONE,
    clock_speed           INTEGER,
    clock_paused          BOOLEAN,
    scenario_start        TIMESTAMP WITH TIME ZONE NOT NULL,
    scenario_end          TIMESTAMP WITH TIME ZONE NOT NULL,
    mode_choice           VARCHAR(32),
    plan                  VARCHAR(4000),
    round_map             VARCHAR(1000),
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at           TIMESTAMP WITH TIME ZONE,
    score                 INTEGER,
    version               BIGINT                   NOT NULL,
    CONSTRAINT training_run_trainee_fk FOREIGN KEY (trainee_id) REFERENCES participant (id),
    CONSTRAINT training_run_class_fk FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT training_run_state_ck CHECK (state IN ('RUNNING', 'PAUSED', 'FINISHED', 'RESET'))
);
CREATE INDEX training_run_trainee_ix ON training_run (trainee_id, state);
CREATE INDEX training_run_class_ix ON training_run (class_id);

CREATE TABLE training_enrolment (
    id          BIGINT       NOT NULL PRIMARY KEY,
    class_id    BIGINT       NOT NULL,
    username    VARCHAR(100) NOT NULL,
    run_id      BIGINT,
    CONSTRAINT training_enrolment_class_fk FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT training_enrolment_run_fk FOREIGN KEY (run_id) REFERENCES training_run (id),
    CONSTRAINT training_enrolment_uk UNIQUE (class_id, username)
);
CREATE INDEX training_enrolment_username_ix ON training_enrolment (username);

-- one row per scripted event of a run; due_at and fired_at are real time (due_at null while the run is paused),
-- scenario_at and fired_scenario_at scenario time (what the persona's content is stamped with)
CREATE TABLE training_event (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    run_id        BIGINT                   NOT NULL,
    event_key     VARCHAR(64)              NOT NULL,
    scenario_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE,
    state         VARCHAR(16)              NOT NULL,
    fired_at      TIMESTAMP WITH TIME ZONE,
    fired_scenario_at TIMESTAMP WITH TIME ZONE,
    content_type  VARCHAR(32),
    content_id    BIGINT,
    detail        VARCHAR(500),
    version       BIGINT                   NOT NULL,
    CONSTRAINT training_event_run_fk FOREIGN KEY (run_id) REFERENCES training_run (id),
    CONSTRAINT training_event_uk UNIQUE (run_id, event_key),
    CONSTRAINT training_event_state_ck CHECK (state IN ('PENDING', 'FIRED', 'SKIPPED', 'FAILED'))
);
CREATE INDEX training_event_due_ix ON training_event (state, due_at);

ALTER TABLE engagement ADD COLUMN training_run_id BIGINT;
ALTER TABLE engagement ADD COLUMN clock_anchor_real TIMESTAMP WITH TIME ZONE;
ALTER TABLE engagement ADD COLUMN clock_anchor_scenario TIMESTAMP WITH TIME ZONE;
ALTER TABLE engagement ADD COLUMN clock_speed INTEGER;
ALTER TABLE engagement ADD COLUMN clock_paused BOOLEAN;
ALTER TABLE engagement ADD CONSTRAINT engagement_training_run_fk FOREIGN KEY (training_run_id)
    REFERENCES training_run (id);
CREATE INDEX engagement_training_run_ix ON engagement (training_run_id);

ALTER TABLE policy ADD COLUMN training_run_id BIGINT;
ALTER TABLE policy ADD CONSTRAINT policy_training_run_fk FOREIGN KEY (training_run_id) REFERENCES training_run (id);

-- moderation keeps a run's cases apart from the live queue
ALTER TABLE moderation_case ADD COLUMN realm VARCHAR(32) DEFAULT 'live' NOT NULL;
CREATE INDEX moderation_case_realm_ix ON moderation_case (realm, state);
