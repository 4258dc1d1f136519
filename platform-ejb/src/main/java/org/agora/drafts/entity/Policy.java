package org.agora.drafts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.agora.problems.InvalidField;

/** A policy an agency drafts in public, version after version. */
@Entity
@Table(name = "policy")
public class Policy {

    @Id
    @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Column(nullable = false, length = 200)
    private String agency;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The training run whose draft this is (ADR 0009), or null for a real policy. */
    @Column(name = "training_run_id", updatable = false)
    private Long trainingRunId;

    @Version
    private long version;

    protected Policy() {
        // for JPA
    }

    public Policy(String title, String summary, String agency, Instant now) {
        if (title == null || title.isBlank()) {
            throw new InvalidField("title", "must not be blank");
        }
        this.title = title.strip();
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.agency = agency;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** A training run's own policy: its draft belongs to the run and is seen by nobody outside it. */
    public static Policy ofTrainingRun(long runId, String title, String summary, String agency, Instant now) {
        var policy = new Policy(title, summary, agency, now);
        policy.trainingRunId = runId;
        return policy;
    }

    public Optional<Long> trainingRunId() {
        return Optional.ofNullable(trainingRunId);
    }

    /** Reserves the next version number; the version counter makes concurrent publications collide, not interleave. */
    public int nextVersion() {
        latestVersion++;
        return latestVersion;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public String agency() {
        return agency;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
