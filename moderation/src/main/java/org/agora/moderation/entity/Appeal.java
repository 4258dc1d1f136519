package org.agora.moderation.entity;

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
import java.util.Optional;

/** The author's one appeal against a decision on their content, decided by a different moderator. */
@Entity
@Table(name = "moderation_appeal")
@NamedQuery(name = Appeal.OF_CASE, query = "SELECT a FROM Appeal a WHERE a.caseId = :case")
@NamedQuery(name = Appeal.OF_CASES, query = "SELECT a FROM Appeal a WHERE a.caseId IN :cases")
public class Appeal {

    public static final String OF_CASE = "Appeal.ofCase";
    public static final String OF_CASES = "Appeal.ofCases";

    public enum Outcome { UPHELD, REVERSED }

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true)
    private long caseId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 4000)
    private String statement;

    @Column(name = "appealed_decision_by", nullable = false)
    private long appealedDecisionBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(length = 4000)
    private String answer;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Appeal() {
        // for JPA
    }

    public Appeal(long caseId, long authorId, String statement, long appealedDecisionBy, Instant now) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.statement = statement;
        this.appealedDecisionBy = appealedDecisionBy;
        this.createdAt = now;
    }

    public void decide(long moderatorId, Outcome outcome, String answer, Instant now) {
        this.decidedBy = moderatorId;
        this.outcome = outcome;
        this.answer = answer;
        this.decidedAt = now;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long authorId() {
        return authorId;
    }

    public String statement() {
        return statement;
    }

    public long appealedDecisionBy() {
        return appealedDecisionBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
