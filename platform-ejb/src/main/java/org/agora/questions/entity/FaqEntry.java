package org.agora.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A question and its answer published for everyone in the round's FAQ, in words an officer chose (so private details
 * can be left out). It never names the asker. One entry per question; publishing again replaces the text.
 */
@Entity
@Table(name = "service_faq")
@NamedQuery(name = FaqEntry.OF_ROUND,
        query = "SELECT f FROM FaqEntry f WHERE f.engagementId = :round ORDER BY f.publishedAt, f.id")
@NamedQuery(name = FaqEntry.OF_QUESTION, query = "SELECT f FROM FaqEntry f WHERE f.questionId = :question")
public class FaqEntry {

    public static final String OF_ROUND = "FaqEntry.ofRound";
    public static final String OF_QUESTION = "FaqEntry.ofQuestion";

    public static final int QUESTION_MAX = 5_000;
    public static final int ANSWER_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "service_faq_seq", sequenceName = "service_faq_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_faq_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "question_markdown", nullable = false, length = QUESTION_MAX)
    private String questionMarkdown;

    @Column(name = "question_html", nullable = false, length = 4 * QUESTION_MAX)
    private String questionHtml;

    @Column(name = "answer_markdown", nullable = false, length = ANSWER_MAX)
    private String answerMarkdown;

    @Column(name = "answer_html", nullable = false, length = 4 * ANSWER_MAX)
    private String answerHtml;

    @Column(name = "published_by_id", nullable = false)
    private long publishedById;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FaqEntry() {
        // for JPA
    }

    /** Publishes an answered question (the caller checked {@link Question#requireAnswered()}). */
    public FaqEntry(Question question, long officerId, String questionMarkdown, String questionHtml,
            String answerMarkdown, String answerHtml, Instant now) {
        question.requireAnswered();
        this.engagementId = question.engagementId();
        this.questionId = question.id();
        this.publishedAt = Question.stored(now);
        this.publishedById = officerId;
        reword(officerId, questionMarkdown, questionHtml, answerMarkdown, answerHtml, now);
    }

    /** New wording for the entry. */
    public void reword(long officerId, String questionMarkdown, String questionHtml, String answerMarkdown,
            String answerHtml, Instant now) {
        this.questionMarkdown = questionMarkdown;
        this.questionHtml = questionHtml;
        this.answerMarkdown = answerMarkdown;
        this.answerHtml = answerHtml;
        this.publishedById = officerId;
        this.updatedAt = Question.stored(now);
    }

    public Long id() {
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public long questionId() {
        return questionId;
    }

    public String questionMarkdown() {
        return questionMarkdown;
    }

    public String questionHtml() {
        return questionHtml;
    }

    public String answerMarkdown() {
        return answerMarkdown;
    }

    public String answerHtml() {
        return answerHtml;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
