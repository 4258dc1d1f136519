package org.agora.engagements.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.engagements.entity.Action;
import org.agora.identity.boundary.Actor;

/**
 * Opens scheduled rounds at their opening time and closes open rounds at their closing time, every few seconds.
 * Safe with several nodes and across restarts because all state is in the database: each node's timer looks for due
 * rounds, and each transition is its own transaction guarded by the round's version, so when two nodes race one
 * wins and the other's attempt is refused and ignored. Non-persistent: nothing to recover after a restart, the next
 * tick simply finds what is due.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoundClock {

    private static final Logger LOG = Logger.getLogger(RoundClock.class.getName());
    private static final Actor SCHEDULER = Actor.system("Agora round clock");

    @Inject
    Engagements engagements;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void tick() {
        advance(Action.OPEN);
        advance(Action.CLOSE);
    }

    private void advance(Action action) {
        for (long id : engagements.dueForTransition(action)) {
            try {
                engagements.perform(SCHEDULER, id, action, null);
                LOG.info(() -> "Round " + id + ": " + action.slug() + " on schedule");
            } catch (RuntimeException refusedOrRaced) {
                // another node got there first, or the round can no longer make this transition; log and move on
                LOG.log(Level.FINE, "Round " + id + ": " + action.slug() + " skipped", refusedOrRaced);
            }
        }
    }
}
