package org.agora.evidence.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.evidence.control.Extraction;
import org.agora.evidence.control.Storage;
import org.agora.evidence.control.UploadPolicy;

/**
 * Extracts the text of new sources once the upload that stored them has committed (never for a rolled-back upload):
 * a task on the server's managed executor runs {@link Extraction} and hands the outcome to
 * {@link Evidence#recordExtraction}, which stores it in a transaction of its own.
 *
 * <p>The parse itself runs on a small pool of its own (two threads made by the managed thread factory), because
 * {@link Extraction} waits for it with a timeout: were it on the same executor as the waiting task, a burst of
 * uploads could fill every thread with waiters. The executor and thread factory are WildFly's defaults, looked up
 * by their global names (a CDI bean in an EJB jar has no {@code java:comp} of its own to rely on).
 *
 * <p>A source whose extraction never ran or was cancelled (the server stopped in between) is queued again by
 * {@link ExtractionRecovery}; {@link #resubmit} skips sources this node is extracting right now.
 */
@ApplicationScoped
public class Extractions {

    private static final Logger LOG = Logger.getLogger(Extractions.class.getName());
    static final int PARSERS = 2;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Inject
    Evidence evidence;

    @Inject
    Storage storage;

    /** How long one extraction may take (operations.md); the integration tests use a short one. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "agora.evidence.extraction-timeout-seconds",
            defaultValue = "20")
    int timeoutSeconds;

    private final java.util.Set<Long> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ExecutorService parsers;
    private volatile Extraction extraction;

    @PostConstruct
    void start() {
        var pool = new ThreadPoolExecutor(PARSERS, PARSERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        pool.allowCoreThreadTimeOut(true);
        parsers = pool;
    }

    @PreDestroy
    void stop() {
        parsers.shutdownNow();
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) SourceStored stored) {
        resubmit(stored);
    }

    /** Queues a source's extraction unless this node is already extracting it; whether it was queued. */
    public boolean resubmit(SourceStored stored) {
        if (!inFlight.add(stored.sourceId())) {
            return false;
        }
        try {
            executor.submit(() -> extract(stored));
            return true;
        } catch (RejectedExecutionException e) {
            inFlight.remove(stored.sourceId());
            LOG.log(Level.WARNING, "Text extraction of evidence source " + stored.sourceId() + " not started", e);
            return false;
        }
    }

    void extract(SourceStored stored) {
        try {
            Extraction.Outcome outcome;
            try {
                outcome = extraction().extract(storage.resolve(stored.storageKey()), stored.mediaType(),
                        UploadPolicy.defaults().withExtractionTimeout(java.time.Duration.ofSeconds(timeoutSeconds)));
            } catch (RejectedExecutionException e) {
                outcome = new Extraction.Failed(Extraction.Failure.CANCELLED, "The server is stopping; the text was"
                        + " not extracted.");
            }
            evidence.recordExtraction(stored.sourceId(), outcome);
        } finally {
            inFlight.remove(stored.sourceId());
        }
    }

    private Extraction extraction() {
        var result = extraction;
        if (result == null) {
            synchronized (this) {
                result = extraction;
                if (result == null) {
                    extraction = result = new Extraction(parsers);     // loads Tika's configuration: once
                }
            }
        }
        return result;
    }
}
