package org.agora.sandbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.problems.DomainProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the personas' events when they are due and ends runs whose scenario time is up (ADR 0009). Every
 * {@code agora.training.tick-millis} (200 ms) it asks for the due events and fires each in a transaction of its
 * own; on several nodes each tries, and the claim lets exactly one do it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonaScheduler {

    private static final Logger LOG = Logger.getLogger(PersonaScheduler.class.getName());

    /** Events fired per tick at most; the rest wait for the next tick (a few milliseconds later). */
    static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Personas personas;

    @Inject
    Training training;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "agora.training.tick-millis", defaultValue = "200")
    long tickMillis;

    private ScheduledFuture<?> task;

    private final AtomicInteger ticks = new AtomicInteger();

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::tick, 2_000, Math.max(20, tickMillis), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        try {
            for (long id : personas.due(clock.instant(), BATCH)) {
                fire(id);
            }
            if (ticks.incrementAndGet() % 5 == 0) {
                for (long run : training.expired()) {
                    training.endIfExpired(run);
                }
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a database that is away for a moment must not end the schedule
            LOG.log(Level.WARNING, "Training scheduler tick failed; trying again", e);
        }
    }

    private void fire(long id) {
        try {
            personas.fire(id);
        } catch (DomainProblem refused) {
            personas.refused(id, "the platform refused it: " + refused.detail());
        } catch (EJBException e) {
            var cause = e.getCause() instanceof DomainProblem p ? p : null;
            if (cause != null) {
                personas.refused(id, "the platform refused it: " + cause.detail());
            } else {
                LOG.log(Level.WARNING, "Training event " + id + " failed", e);
                personas.refused(id, "it failed: " + e.getClass().getSimpleName());
            }
        }
    }
}
