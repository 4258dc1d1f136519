package org.agora.broadcasts.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a reader is recorded for reach: never as who they are, only as HMAC-SHA256(key of the day, update id + reader).
 * The reader is the participant when signed in, otherwise the network address and browser (User-Agent) of the
 * request. With the day's key the same reader gives the same hash for the same update all day (so they count once),
 * a different hash for another update (so readings cannot be joined across updates) and, once the key is deleted
 * after the day, no one can tell whose hash it was.
 */
public final class ReaderHash {

    /** The longest User-Agent taken into account; longer ones are cut (they identify no better). */
    public static final int AGENT_MAX = 512;

    private ReaderHash() {
    }

    /** Who read, before hashing. Kept in memory for one request only. */
    public record Reader(String identity) {

        public static Reader participant(long participantId) {
            return new Reader("p:" + participantId);
        }

        public static Reader anonymous(String address, String userAgent) {
            String agent = userAgent == null ? "" : userAgent.strip();
            if (agent.length() > AGENT_MAX) {
                agent = agent.substring(0, AGENT_MAX);
            }
            return new Reader("a:" + (address == null ? "" : address.strip()) + "\n" + agent);
        }

        @Override
        public String toString() {
            return "Reader[hidden]"; // never in a log
        }
    }

    /** The UTC day an instant falls on: readings and keys are per UTC day. */
    public static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** 64 lower-case hex digits. */
    public static String hash(byte[] dayKey, long updateId, Reader reader) {
        if (dayKey == null || dayKey.length < 32) {
            throw new IllegalArgumentException("the day's key must be at least 32 bytes");
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dayKey, "HmacSHA256"));
            byte[] digest = mac.doFinal((updateId + "\n" + reader.identity()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
