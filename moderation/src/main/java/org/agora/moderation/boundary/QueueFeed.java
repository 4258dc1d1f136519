package org.agora.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The live queue: every moderator page subscribed through {@code GET /api/moderation/stream} receives a
 * server-sent event {@code case} ({@code {"caseId":…,"roundId":…,"state":…}}) after each committed change to a
 * case, and re-reads what it shows. Per server node; in a cluster each node tells its own subscribers about its own
 * changes, and pages also refresh on a timer (docs/operations.md).
 */
@ApplicationScoped
public class QueueFeed {

    private Sse sse;
    private SseBroadcaster broadcaster;

    public synchronized void subscribe(Sse sse, SseEventSink sink) {
        if (broadcaster == null) {
            this.sse = sse;
            this.broadcaster = sse.newBroadcaster();
        }
        broadcaster.register(sink);
        sink.send(sse.newEventBuilder().name("hello").data("{}").build());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseChanged change) {
        SseBroadcaster target;
        Sse events;
        synchronized (this) {
            target = broadcaster;
            events = sse;
        }
        if (target == null) {
            return;
        }
        var json = Json.createObjectBuilder().add("caseId", change.caseId()).add("roundId", change.roundId())
                .add("state", change.state()).build().toString();
        target.broadcast(events.newEventBuilder().name("case").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json).build());
    }
}
