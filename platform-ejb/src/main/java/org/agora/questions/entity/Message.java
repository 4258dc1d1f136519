package org.agora.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a question's conversation: the question, a follow-up by the asker, or an official answer. */
@Entity
@Table(name = "service_message")
@NamedQuery(name = Message.OF_QUESTION,
        query = "SELECT m FROM Message m WHERE m.questionId = :question ORDER BY m.createdAt, m.id")
@NamedQuery(name = Message.OF_QUESTIONS,
        query = "SELECT m FROM Message m WHERE m.questionId IN :questions ORDER BY m.createdAt, m.id")
public class Message {

    public static final String OF_QUESTION = "Message.ofQuestion";
    public static final String OF_QUESTIONS = "Message.ofQuestions";

    public static final int MARKDOWN_MAX = 10_000;

    public enum Kind {
        QUESTION, FOLLOW_UP, ANSWER;

        /** Official answers come from the agency; the rest from the asker. */
        public boolean official() {
            return this == ANSWER;
        }
    }

    @Id
    @SequenceGenerator(name = "service_message_seq", sequenceName = "service_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_message_seq")
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = Question.NAME_MAX)
    private String authorName;

    @Column(nullable = false, length = MARKDOWN_MAX)
    private String markdown;

    @Column(nullable = false, length = 4 * MARKDOWN_MAX)
    private String html;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Message() {
        // for JPA
    }

    Message(long questionId, Kind kind, long authorId, String authorName, String markdown, String html,
            Instant createdAt) {
        this.questionId = questionId;
        this.kind = kind;
        this.authorId = authorId;
        this.authorName = authorName;
        this.markdown = markdown;
        this.html = html;
        this.createdAt = createdAt;
    }

    /** A moderator purged the question: the asker's words go, the agency's answers stay. */
    public void purge() {
        if (!kind.official()) {
            this.markdown = "Removed by a moderator.";
            this.html = "<p>Removed by a moderator.</p>";
        }
    }

    public Long id() {
        return id;
    }

    public long questionId() {
        return questionId;
    }

    public Kind kind() {
        return kind;
    }

    public long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
