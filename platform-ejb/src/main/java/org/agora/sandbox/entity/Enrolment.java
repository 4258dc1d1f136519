package org.agora.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A trainee enrolled in a class, by their user name at the identity provider (they may not have signed in yet);
 * {@code runId} is their current run of the class's scenario once they start it.
 */
@Entity
@Table(name = "training_enrolment")
@NamedQuery(name = Enrolment.OF_CLASS, query = "SELECT e FROM Enrolment e WHERE e.classId = :class"
        + " ORDER BY e.username")
@NamedQuery(name = Enrolment.OF_USERNAME, query = "SELECT e FROM Enrolment e WHERE e.username = :username"
        + " ORDER BY e.id DESC")
public class Enrolment {

    public static final String OF_CLASS = "Enrolment.ofClass";
    public static final String OF_USERNAME = "Enrolment.ofUsername";

    @Id
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    private Long id;

    @Column(name = "class_id", nullable = false, updatable = false)
    private long classId;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "run_id")
    private Long runId;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(long classId, String username) {
        this.classId = classId;
        this.username = normalise(username);
    }

    /** User names are compared without regard to case, as the identity provider does. */
    public static String normalise(String username) {
        return Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }

    public void started(long run) {
        this.runId = run;
    }

    /** The trainer reset the trainee's run: they start the class's scenario afresh when they are ready. */
    public void cleared() {
        this.runId = null;
    }

    public long classId() {
        return classId;
    }

    public String username() {
        return username;
    }

    public Optional<Long> runId() {
        return Optional.ofNullable(runId);
    }
}
