package org.agora.identity.rest;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token-bucket rate limiting per key (a participant, a client address): up to {@code burst} actions at once, then one
 * more every {@code interval}. Memory is bounded: when more than {@code maxKeys} keys are tracked, buckets that have
 * refilled completely (idle keys) are dropped, since a full bucket is the same as no bucket.
 */
final class TokenBuckets {

    private final int burst;
    private final long intervalNanos;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    TokenBuckets(int burst, int perMinute, int maxKeys, LongSupplier nanoTime) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and perMinute must be at least 1");
        }
        this.burst = burst;
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / perMinute;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token for the key.
     *
     * @return empty if the action may go ahead; otherwise how many whole seconds to wait before trying again
     */
    OptionalLong take(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > maxKeys) {
            evictIdle(now);
        }
        var bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) * intervalNanos);
            return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    private void refill(Bucket bucket, long now) {
        long elapsed = now - bucket.updatedAt;
        if (elapsed > 0) {
            bucket.tokens = Math.min(burst, bucket.tokens + (double) elapsed / intervalNanos);
            bucket.updatedAt = now;
        }
    }

    private void evictIdle(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                refill(entry.getValue(), now);
                return entry.getValue().tokens >= burst;
            }
        });
    }

    int trackedKeys() {
        return buckets.size();
    }
}
