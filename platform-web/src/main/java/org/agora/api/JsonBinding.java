package org.agora.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy builds a new Yasson context for every response, which
 * walks class loaders and the CDI bean manager each time: measured as the main cost of small requests under load
 * (bench/comments-load.sh). Jsonb instances are thread-safe; defaults are unchanged (nulls omitted, ISO-8601 times).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The same instance, for code that serialises by itself (e.g. cached pages). */
    public static Jsonb shared() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
