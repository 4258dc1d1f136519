package org.agora.broadcasts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That someone read an update on a day, known only by a keyed hash (see
 * {@link org.agora.broadcasts.control.ReaderHash}); the primary key makes each reader count once per update and day.
 */
@Entity(name = "BroadcastReading")
@Table(name = "broadcast_reach")
@IdClass(Reading.Key.class)
@NamedQuery(name = Reading.RECORDED, query = "SELECT r.readerHash FROM BroadcastReading r"
        + " WHERE r.readOn = :day AND r.readerHash IN :hashes")
@NamedQuery(name = Reading.REACH, query = "SELECT r.updateId, COUNT(r) FROM BroadcastReading r"
        + " WHERE r.updateId IN :ids GROUP BY r.updateId")
@NamedQuery(name = Reading.REACH_ON, query = "SELECT r.updateId, COUNT(r) FROM BroadcastReading r"
        + " WHERE r.updateId IN :ids AND r.readOn = :day GROUP BY r.updateId")
public class Reading {

    /** Which of these reader hashes are already recorded for the day (a hash names its update too). */
    public static final String RECORDED = "BroadcastReading.recorded";

    public static final String REACH = "BroadcastReading.reach";
    public static final String REACH_ON = "BroadcastReading.reachOn";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long updateId;
        LocalDate readOn;
        String readerHash;

        public Key() {
        }

        public Key(long updateId, LocalDate readOn, String readerHash) {
            this.updateId = updateId;
            this.readOn = readOn;
            this.readerHash = readerHash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.updateId == updateId && Objects.equals(k.readOn, readOn)
                    && Objects.equals(k.readerHash, readerHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(updateId, readOn, readerHash);
        }
    }

    @Id
    @Column(name = "update_id")
    private long updateId;

    @Id
    @Column(name = "read_on")
    private LocalDate readOn;

    @Id
    @Column(name = "reader_hash", length = 64)
    private String readerHash;

    protected Reading() {
        // for JPA
    }

    public Reading(long updateId, LocalDate readOn, String readerHash) {
        if (readerHash == null || !readerHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a reader is recorded only as a 64-digit hex hash");
        }
        this.updateId = updateId;
        this.readOn = Objects.requireNonNull(readOn, "readOn");
        this.readerHash = readerHash;
    }

    public Key key() {
        return new Key(updateId, readOn, readerHash);
    }

    public String readerHash() {
        return readerHash;
    }
}
