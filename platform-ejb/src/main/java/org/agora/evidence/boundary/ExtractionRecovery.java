package org.agora.evidence.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.agora.evidence.entity.Source;

/**
 * Re-queues text extraction that a server stop interrupted: every minute, sources still RECEIVED (or cancelled by a
 * stopping server) some time after their upload are handed to {@link Extractions} again. A source being extracted on
 * this node is skipped; on another node of a cluster it may be extracted twice, which writes the same result.
 */
@Singleton
public class ExtractionRecovery {

    private static final Logger LOG = Logger.getLogger(ExtractionRecovery.class.getName());

    /** Longer than an extraction may take (its timeout), so that work in progress elsewhere is not repeated. */
    static final Duration GRACE = Duration.ofMinutes(2);

    static final int BATCH = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Extractions extractions;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void requeue() {
        int queued = requeueOlderThan(GRACE);
        if (queued > 0) {
            LOG.info(() -> "Evidence: text extraction queued again for " + queued + " source(s) a stop interrupted");
        }
    }

    /** Queues unfinished sources uploaded more than {@code grace} ago; how many were queued. */
    public int requeueOlderThan(Duration grace) {
        int queued = 0;
        for (var source : em.createNamedQuery(Source.UNFINISHED, Source.class)
                .setParameter("before", clock.instant().minus(grace)).setMaxResults(BATCH).getResultList()) {
            if (extractions.resubmit(new SourceStored(source.id(), source.storageKey(), source.mediaType()))) {
                queued++;
            }
        }
        return queued;
    }
}
