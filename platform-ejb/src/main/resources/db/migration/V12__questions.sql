-- Customer-service questions (also clarifying questions in broadcast rounds): the conversation, and FAQ entries.
-- Each round has a service level in working hours (1-720, default 16).
ALTER TABLE engagement ADD COLUMN sla_working_hours INTEGER DEFAULT 16 NOT NULL;
ALTER TABLE engagement ADD CONSTRAINT engagement_sla_working_hours_ck CHECK (sla_working_hours BETWEEN 1 AND 720);

CREATE SEQUENCE service_question_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_question (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id     BIGINT                   NOT NULL,
    asker_id          BIGINT                   NOT NULL,
    asker_name        VARCHAR(100)             NOT NULL,
    title             VARCHAR(200)             NOT NULL,
    is_public         BOOLEAN                  NOT NULL,
    state             VARCHAR(16)              NOT NULL,
    asked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    waiting_since     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    first_due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    first_answered_at TIMESTAMP WITH TIME ZONE,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at       TIMESTAMP WITH TIME ZONE,
    claimed_by_id     BIGINT,
    claimed_by_name   VARCHAR(100),
    claimed_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL,
    CONSTRAINT service_question_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT service_question_asker_fk FOREIGN KEY (asker_id) REFERENCES participant (id),
    CONSTRAINT service_question_claimed_by_fk FOREIGN KEY (claimed_by_id) REFERENCES participant (id),
    CONSTRAINT service_question_state_ck CHECK (state IN ('WAITING', 'CLAIMED', 'ANSWERED', 'RESOLVED'))
);

CREATE INDEX service_question_round_ix ON service_question (engagement_id, state, due_at, id);
CREATE INDEX service_question_asker_ix ON service_question (engagement_id, asker_id, id);

CREATE SEQUENCE service_message_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_message (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    question_id BIGINT                   NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    author_id   BIGINT                   NOT NULL,
    author_name VARCHAR(100)             NOT NULL,
    markdown    VARCHAR(10000)           NOT NULL,
    html        VARCHAR(40000)           NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT service_message_question_fk FOREIGN KEY (question_id) REFERENCES service_question (id),
    CONSTRAINT service_message_author_fk FOREIGN KEY (author_id) REFERENCES participant (id),
    CONSTRAINT service_message_kind_ck CHECK (kind IN ('QUESTION', 'FOLLOW_UP', 'ANSWER'))
);

CREATE INDEX service_message_question_ix ON service_message (question_id, created_at, id);

CREATE SEQUENCE service_faq_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_faq (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    engagement_id     BIGINT                   NOT NULL,
    question_id       BIGINT                   NOT NULL,
    question_markdown VARCHAR(5000)            NOT NULL,
    question_html     VARCHAR(20000)           NOT NULL,
    answer_markdown   VARCHAR(10000)           NOT NULL,
    answer_html       VARCHAR(40000)           NOT NULL,
    published_by_id   BIGINT                   NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT service_faq_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT service_faq_question_fk FOREIGN KEY (question_id) REFERENCES service_question (id),
    CONSTRAINT service_faq_published_by_fk FOREIGN KEY (published_by_id) REFERENCES participant (id),
    CONSTRAINT service_faq_question_uk UNIQUE (question_id)
);

CREATE INDEX service_faq_round_ix ON service_faq (engagement_id, published_at, id);
