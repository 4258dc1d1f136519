package org.agora.comments.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.agora.api.JsonBinding;

/**
 * Pages of threads as anonymous readers see them, already serialised, per node. Each entry remembers the round's
 * comment fingerprint it was rendered for; a request whose fingerprint (one aggregate query) differs renders afresh,
 * so a cached page is never stale, in a cluster too. Bounded: when the pages held exceed {@link #MAX_BYTES}, the
 * cache starts over.
 */
@ApplicationScoped
public class ThreadPages {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private record Entry(String fingerprint, byte[] json) {
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** The page for {@code key} rendered at {@code fingerprint}, from the cache or from {@code render}. */
    public byte[] page(String key, String fingerprint, Supplier<Object> render) {
        var cached = pages.get(key);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.json();
        }
        byte[] json = JsonBinding.shared().toJson(render.get()).getBytes(StandardCharsets.UTF_8);
        var previous = pages.put(key, new Entry(fingerprint, json));
        if (bytes.addAndGet(json.length - (previous == null ? 0 : previous.json().length)) > MAX_BYTES) {
            pages.clear();
            bytes.set(0);
        }
        return json;
    }
}
