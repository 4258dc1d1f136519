package org.agora.comments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.agora.problems.InvalidField;

/**
 * What the agency did with a comment or a group of comments ("you said, we did"): an outcome, the reason, and the
 * paragraphs of the draft version that answer it.
 */
@Entity
@Table(name = "disposition")
public class Disposition {

    public enum Outcome { ACCEPTED, PARTLY, NOT_ACCEPTED, OUT_OF_SCOPE }

    @Id
    @SequenceGenerator(name = "disposition_seq", sequenceName = "disposition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disposition_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "answered_in_version")
    private Long answeredInVersion;

    @Column(name = "paragraph_keys", length = 400)
    private String paragraphKeys;

    @Column(name = "officer_id")
    private Long officerId;

    @Column(name = "officer_name", nullable = false, length = 100)
    private String officerName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Disposition() {
        // for JPA
    }

    public Disposition(long engagementId, Outcome outcome, String reason, Long answeredInVersion,
            List<String> paragraphKeys, Long officerId, String officerName, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "is required: say why");
        }
        if (outcome != Outcome.NOT_ACCEPTED && outcome != Outcome.OUT_OF_SCOPE && answeredInVersion == null) {
            throw new InvalidField("answeredInVersion", "is required when the comment was accepted, even partly:"
                    + " name the version that answers it");
        }
        this.engagementId = engagementId;
        this.outcome = outcome;
        this.reason = reason.strip();
        this.answeredInVersion = answeredInVersion;
        this.paragraphKeys = paragraphKeys == null || paragraphKeys.isEmpty() ? null : String.join(",", paragraphKeys);
        this.officerId = officerId;
        this.officerName = officerName;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public Optional<Long> answeredInVersion() {
        return Optional.ofNullable(answeredInVersion);
    }

    public List<String> paragraphKeys() {
        return paragraphKeys == null ? List.of() : Arrays.asList(paragraphKeys.split(","));
    }

    public String officerName() {
        return officerName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
