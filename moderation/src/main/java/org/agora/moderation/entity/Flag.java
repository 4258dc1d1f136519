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
import org.agora.moderation.control.ReasonCode;

/** One participant's report of one item: counted once, weighted by the reporter's track record. */
@Entity
@Table(name = "moderation_flag")
@NamedQuery(name = Flag.OF_CASE, query = "SELECT f FROM Flag f WHERE f.caseId = :case ORDER BY f.createdAt, f.id")
@NamedQuery(name = Flag.BY_REPORTER,
        query = "SELECT f FROM Flag f WHERE f.reporterId = :reporter ORDER BY f.createdAt DESC, f.id DESC")
public class Flag {

    public static final String OF_CASE = "Flag.ofCase";
    public static final String BY_REPORTER = "Flag.byReporter";

    /** Whether moderators agreed with the flag: feeds the reporter's weight. */
    public enum Outcome { PENDING, AGREED, DISAGREED }

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReasonCode reason;

    @Column(length = 1000)
    private String details;

    @Column(nullable = false)
    private double weight;

    /** Made by staff (an officer, moderator or administrator): it opens a case but never hides anything itself. */
    @Column(nullable = false)
    private boolean staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Flag() {
        // for JPA
    }

    public Flag(long caseId, long reporterId, ReasonCode reason, String details, double weight, boolean staff,
            Instant now) {
        this.staff = staff;
        this.caseId = caseId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.details = details;
        this.weight = weight;
        this.outcome = Outcome.PENDING;
        this.createdAt = now;
    }

    public void settle(Outcome outcome) {
        this.outcome = outcome;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long reporterId() {
        return reporterId;
    }

    public ReasonCode reason() {
        return reason;
    }

    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    public boolean staff() {
        return staff;
    }

    public double weight() {
        return weight;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
