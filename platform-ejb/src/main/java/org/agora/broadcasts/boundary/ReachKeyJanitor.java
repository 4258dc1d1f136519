package org.agora.broadcasts.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the reach keys of past days shortly after midnight UTC, even when nobody reads anything that day (the
 * first reading of a day also does it). Non-persistent and idempotent: on several nodes each simply deletes what is
 * left.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReachKeyJanitor {

    private static final Logger LOG = Logger.getLogger(ReachKeyJanitor.class.getName());

    @Inject
    Readership readership;

    @Schedule(hour = "0", minute = "1", timezone = "UTC", persistent = false)
    void forgetYesterday() {
        try {
            int deleted = readership.forgetPastKeys();
            LOG.fine(() -> "Reach keys of past days deleted: " + deleted);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reach keys of past days could not be deleted; the next reading will retry", e);
        }
    }
}
