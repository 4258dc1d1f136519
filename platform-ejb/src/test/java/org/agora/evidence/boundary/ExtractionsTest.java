package org.agora.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Queueing rules of text extraction: a source is never queued twice on one node while it is being extracted. */
class ExtractionsTest {

    final List<Runnable> queued = new ArrayList<>();
    boolean rejecting;

    Extractions cut() {
        var cut = new Extractions();
        cut.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("submit")) {
                        if (rejecting) {
                            throw new RejectedExecutionException("stopping");
                        }
                        queued.add((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return cut;
    }

    static SourceStored source(long id) {
        return new SourceStored(id, "ab/cdef", "application/pdf");
    }

    @Test
    void a_source_in_flight_is_not_queued_again() {
        var cut = cut();
        assertThat(cut.resubmit(source(1))).isTrue();
        assertThat(cut.resubmit(source(1))).isFalse();
        assertThat(cut.resubmit(source(2))).isTrue();
        assertThat(queued).hasSize(2);
    }

    @Test
    void a_rejected_submission_can_be_queued_later() {
        var cut = cut();
        rejecting = true;
        assertThat(cut.resubmit(source(1))).isFalse();
        rejecting = false;
        assertThat(cut.resubmit(source(1))).isTrue();
        assertThat(queued).hasSize(1);
    }
}
