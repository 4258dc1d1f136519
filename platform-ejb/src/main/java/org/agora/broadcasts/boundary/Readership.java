package org.agora.broadcasts.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.agora.broadcasts.control.ReaderHash;
import org.agora.broadcasts.control.ReaderHash.Reader;
import org.agora.broadcasts.entity.ReachKey;
import org.agora.broadcasts.entity.Reading;

/**
 * Counting readers without keeping who they are. A reading is recorded in a transaction of its own, so that counting
 * can never make a read fail: two requests of the same reader racing to record the same reading (or two nodes
 * creating the day's key at the same moment) make one of them fail, which is what unique readers means anyway; the
 * caller ignores that failure.
 */
@Stateless
public class Readership {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records that {@code reader} read these updates today; each (update, day, reader) once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void read(List<Long> updateIds, Reader reader) {
        if (updateIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = ReaderHash.day(now);
        byte[] key = keyOf(today, now);
        var readings = updateIds.stream().distinct()
                .map(id -> new Reading(id, today, ReaderHash.hash(key, id, reader))).toList();
        // one query for the whole page: which of these readings are already counted today
        var recorded = new java.util.HashSet<>(em.createNamedQuery(Reading.RECORDED, String.class)
                .setParameter("day", today)
                .setParameter("hashes", readings.stream().map(Reading::readerHash).toList()).getResultList());
        readings.stream().filter(r -> !recorded.contains(r.readerHash())).forEach(em::persist);
        em.flush();
    }

    /** Deletes the keys of days that are over; run daily by {@link ReachKeyJanitor} and whenever a day's key is made. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetPastKeys() {
        return em.createNamedQuery(ReachKey.FORGET_BEFORE).setParameter("day", ReaderHash.day(clock.instant()))
                .executeUpdate();
    }

    /** Today's key, made (from fresh random bytes) by the first reading of the day, which also drops older keys. */
    private byte[] keyOf(LocalDate today, Instant now) {
        var key = em.find(ReachKey.class, today);
        if (key == null) {
            em.createNamedQuery(ReachKey.FORGET_BEFORE).setParameter("day", today).executeUpdate();
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            key = new ReachKey(today, secret, now);
            em.persist(key);
            em.flush();
        }
        return key.secret();
    }
}
