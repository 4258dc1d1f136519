package org.agora.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** A person taking part, known by their identity provider's subject. Holds no other personal data. */
@Entity
@Table(name = "participant")
@NamedQuery(name = Participant.BY_SUBJECT, query = "SELECT p FROM Participant p WHERE p.subject = :subject")
public class Participant {

    public static final String BY_SUBJECT = "Participant.bySubject";
    public static final int SUBJECT_MAX = 255;
    public static final int NAME_MAX = 100;
    public static final int AGENCY_MAX = 200;
    /** How stale "last seen" may get before a request updates it: keeps reads free of writes. */
    static final Duration SEEN_GRANULARITY = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(length = AGENCY_MAX)
    private String agency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Version
    private long version;

    protected Participant() {
        // for JPA
    }

    public Participant(String subject, String displayName, String agency, Instant now) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.displayName = displayName(displayName, subject);
        this.agency = agency(agency);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.lastSeenAt = createdAt;
    }

    /**
     * Takes over a changed display name or agency from the identity provider and notes the visit.
     *
     * @return whether anything changed that needs writing
     */
    public boolean seen(String newDisplayName, String newAgency, Instant now) {
        boolean changed = false;
        String name = displayName(newDisplayName, subject);
        if (!name.equals(displayName)) {
            displayName = name;
            changed = true;
        }
        String agencyName = agency(newAgency);
        if (!Objects.equals(agencyName, agency)) {
            agency = agencyName;
            changed = true;
        }
        if (changed || Duration.between(lastSeenAt, now).compareTo(SEEN_GRANULARITY) >= 0) {
            lastSeenAt = now.truncatedTo(ChronoUnit.MICROS);
            changed = true;
        }
        return changed;
    }

    private static String displayName(String proposed, String subject) {
        String name = proposed == null ? "" : proposed.strip();
        if (name.isEmpty()) {
            name = "Participant " + Integer.toHexString(subject.hashCode());
        }
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }

    private static String agency(String proposed) {
        if (proposed == null || proposed.isBlank()) {
            return null;
        }
        String name = proposed.strip();
        return name.length() > AGENCY_MAX ? name.substring(0, AGENCY_MAX) : name;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
