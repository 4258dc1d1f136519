package org.agora.broadcasts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret key of one (UTC) day for hashing readers. Deleted once its day is over: without it, that day's hashes
 * cannot be recomputed from a participant id or an address, so they can no longer be linked to anyone.
 */
@Entity(name = "BroadcastReachKey")
@Table(name = "broadcast_reach_key")
@NamedQuery(name = ReachKey.FORGET_BEFORE, query = "DELETE FROM BroadcastReachKey k WHERE k.day < :day")
public class ReachKey {

    public static final String FORGET_BEFORE = "BroadcastReachKey.forgetBefore";

    @Id
    @Column(name = "key_day")
    private LocalDate day;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReachKey() {
        // for JPA
    }

    /** A key for {@code day} from 32 random bytes. */
    public ReachKey(LocalDate day, byte[] secret, Instant now) {
        if (secret == null || secret.length != 32) {
            throw new IllegalArgumentException("a reach key is 32 random bytes");
        }
        this.day = Objects.requireNonNull(day, "day");
        this.secret = HexFormat.of().formatHex(secret);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate day() {
        return day;
    }

    public byte[] secret() {
        return HexFormat.of().parseHex(secret);
    }

    /** Whether this key may still be used on {@code today}: only on its own day. */
    public boolean isUsableOn(LocalDate today) {
        return day.equals(today);
    }
}
