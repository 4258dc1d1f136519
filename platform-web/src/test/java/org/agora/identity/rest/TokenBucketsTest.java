package org.agora.identity.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    final AtomicLong clock = new AtomicLong(0);

    void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    @Test
    void a_burst_is_allowed_then_the_next_action_waits() {
        var cut = new TokenBuckets(3, 6, 100, clock::get); // one token every 10 s
        assertThat(cut.take("alice")).isEmpty();
        assertThat(cut.take("alice")).isEmpty();
        assertThat(cut.take("alice")).isEmpty();
        assertThat(cut.take("alice")).hasValue(10);
    }

    @Test
    void tokens_come_back_over_time() {
        var cut = new TokenBuckets(1, 60, 100, clock::get); // one a second
        assertThat(cut.take("ben")).isEmpty();
        assertThat(cut.take("ben")).hasValue(1);
        advance(Duration.ofMillis(1001));
        assertThat(cut.take("ben")).isEmpty();
    }

    @Test
    void retry_after_is_never_zero_and_rounds_up() {
        var cut = new TokenBuckets(1, 1, 100, clock::get); // one a minute
        cut.take("x");
        advance(Duration.ofSeconds(59).plusMillis(500));
        assertThat(cut.take("x")).hasValue(1);
    }

    @Test
    void keys_are_independent() {
        var cut = new TokenBuckets(1, 1, 100, clock::get);
        assertThat(cut.take("a:10.0.0.1")).isEmpty();
        assertThat(cut.take("a:10.0.0.1")).isPresent();
        assertThat(cut.take("a:10.0.0.2")).isEmpty();
    }

    @Test
    void idle_keys_are_forgotten_so_memory_stays_bounded() {
        var cut = new TokenBuckets(2, 60, 10, clock::get);
        for (int i = 0; i < 50; i++) {
            cut.take("visitor-" + i);
        }
        advance(Duration.ofSeconds(5)); // every bucket has refilled: the same as never having been seen
        cut.take("late");
        assertThat(cut.trackedKeys()).isLessThanOrEqualTo(11);
    }
}
