package org.agora.moderation.entity;

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
import java.util.Objects;

/**
 * An agency's own wording of a response template: replaces the standard template with the same key in that agency's
 * rounds (its voice, its house rules, its contact details). Removing it brings the standard wording back.
 */
@Entity
@Table(name = "moderation_template")
@NamedQuery(name = AgencyTemplate.OF_AGENCY,
        query = "SELECT t FROM AgencyTemplate t WHERE t.agency = :agency ORDER BY t.templateKey")
@NamedQuery(name = AgencyTemplate.BY_KEY,
        query = "SELECT t FROM AgencyTemplate t WHERE t.agency = :agency AND t.templateKey = :key")
public class AgencyTemplate {

    public static final String OF_AGENCY = "AgencyTemplate.ofAgency";
    public static final String BY_KEY = "AgencyTemplate.byKey";

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(nullable = false, length = 200, updatable = false)
    private String agency;

    @Column(name = "template_key", nullable = false, length = 64, updatable = false)
    private String templateKey;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AgencyTemplate() {
        // for JPA
    }

    public AgencyTemplate(String agency, String key, String title, String body, String by, Instant now) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.templateKey = Objects.requireNonNull(key, "key");
        reword(title, body, by, now);
    }

    public void reword(String title, String body, String by, Instant now) {
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = now;
    }

    public String agency() {
        return agency;
    }

    public String key() {
        return templateKey;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
