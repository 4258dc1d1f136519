package org.agora.drafts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A published version of a policy's draft. Immutable once published. */
@Entity
@Table(name = "draft_version")
@NamedQuery(name = DraftVersion.OF_POLICY,
        query = "SELECT v FROM DraftVersion v WHERE v.policyId = :policy ORDER BY v.number")
@NamedQuery(name = DraftVersion.BY_NUMBER,
        query = "SELECT v FROM DraftVersion v WHERE v.policyId = :policy AND v.number = :number")
public class DraftVersion {

    public static final String OF_POLICY = "DraftVersion.ofPolicy";
    public static final String BY_NUMBER = "DraftVersion.byNumber";

    @Id
    @SequenceGenerator(name = "draft_version_seq", sequenceName = "draft_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_version_seq")
    private Long id;

    @Column(name = "policy_id", nullable = false)
    private long policyId;

    @Column(nullable = false)
    private int number;

    @Column(length = 4000)
    private String changelog;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "publisher_id")
    private Long publisherId;

    @Column(name = "publisher_name", nullable = false, length = 100)
    private String publisherName;

    @Column(name = "paragraph_count", nullable = false)
    private int paragraphCount;

    protected DraftVersion() {
        // for JPA
    }

    public DraftVersion(Policy policy, int number, String changelog, Long publisherId, String publisherName,
            int paragraphCount, Instant now) {
        this.policyId = policy.id();
        this.number = number;
        this.changelog = changelog == null || changelog.isBlank() ? null : changelog.strip();
        this.publisherId = publisherId;
        this.publisherName = publisherName;
        this.paragraphCount = paragraphCount;
        this.publishedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public long policyId() {
        return policyId;
    }

    public int number() {
        return number;
    }

    public Optional<String> changelog() {
        return Optional.ofNullable(changelog);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publisherName() {
        return publisherName;
    }

    public int paragraphCount() {
        return paragraphCount;
    }
}
