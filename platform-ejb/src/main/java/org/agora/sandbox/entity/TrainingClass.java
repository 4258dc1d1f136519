package org.agora.sandbox.entity;

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
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A trainer's class: one scenario at one speed for a cohort of trainees, each of whom plays their own run. */
@Entity
@Table(name = "training_class")
@NamedQuery(name = TrainingClass.OF_TRAINER, query = "SELECT c FROM TrainingClass c WHERE c.trainerId = :trainer"
        + " ORDER BY c.createdAt DESC, c.id DESC")
public class TrainingClass {

    public static final String OF_TRAINER = "TrainingClass.ofTrainer";

    @Id
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "scenario_key", nullable = false, length = 64, updatable = false)
    private String scenarioKey;

    @Column(nullable = false)
    private int speed;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private long trainerId;

    @Column(name = "trainer_name", nullable = false, length = 100, updatable = false)
    private String trainerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingClass() {
        // for JPA
    }

    public TrainingClass(String title, String scenarioKey, int speed, long trainerId, String trainerName,
            Instant now) {
        this.title = Objects.requireNonNull(title, "title");
        this.scenarioKey = Objects.requireNonNull(scenarioKey, "scenarioKey");
        this.speed = speed;
        this.trainerId = trainerId;
        this.trainerName = trainerName;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String scenarioKey() {
        return scenarioKey;
    }

    public int speed() {
        return speed;
    }

    public long trainerId() {
        return trainerId;
    }

    public String trainerName() {
        return trainerName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
