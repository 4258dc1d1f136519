package org.agora.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live queue: every moderator page subscribed through {@code GET /api/moderation/stream} receives a
 * server-sent event {@code case} ({@code {"caseId":…,"roundId":…,"state":…}}) after each committed change to a
 * case, and re-reads what it shows. Per server node; in a cluster each node tells its own subscribers about its own
 * changes, and pages also refresh on a timer (docs/operations.md).
 *
 * <p>Events are sent on a managed executor, never on the thread of the request whose change they announce, and a
 * subscriber that went away is dropped at the first failed send: no request can fail or wait because another
 * client's connection closed.
 */
@ApplicationScoped
public class QueueFeed {

    private static final Logger LOG = Logger.getLogger(QueueFeed.class.getName());

    /** Each listening page with the realms its moderator acts in: they hear only of those realms' cases. */
    private final java.util.Map<SseEventSink, Set<String>> sinks = new ConcurrentHashMap<>();

    private volatile Sse sse;

    @Resource
    ManagedExecutorService executor;

    public void subscribe(Sse sse, SseEventSink sink, Moderator moderator) {
        this.sse = sse;
        sinks.put(sink, moderator.realms());
        send(sink, sse.newEventBuilder().name("hello").data("{}").build());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseChanged change) {
        var events = sse;
        if (events == null || sinks.isEmpty()) {
            return;
        }
        var json = Json.createObjectBuilder().add("caseId", change.caseId()).add("roundId", change.roundId())
                .add("state", change.state()).build().toString();
        var event = events.newEventBuilder().name("case").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json).build();
        try {
            executor.execute(() -> sinks.forEach((sink, realms) -> {
                if (realms.contains(change.realm())) {
                    send(sink, event);
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Live queue event not sent: the executor is shutting down", e);
        }
    }

    /** How many pages listen now (for tests and the health of the feed). */
    public int subscribers() {
        sinks.keySet().removeIf(SseEventSink::isClosed);
        return sinks.size();
    }

    private void send(SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            sinks.remove(sink);
            return;
        }
        try {
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    drop(sink);
                }
            });
        } catch (RuntimeException gone) {
            drop(sink);
        }
    }

    private void drop(SseEventSink sink) {
        sinks.remove(sink);
        try {
            sink.close();
        } catch (RuntimeException alreadyClosed) {
            LOG.log(Level.FINEST, "Live queue subscriber already closed", alreadyClosed);
        }
    }
}
