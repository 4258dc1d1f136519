package org.agora.broadcasts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReachKeyTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void a_key_is_usable_on_its_own_day_only() {
        var key = new ReachKey(LocalDate.of(2026, 3, 1), new byte[32], NOW);
        assertThat(key.isUsableOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(key.isUsableOn(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(key.isUsableOn(LocalDate.of(2026, 2, 28))).isFalse();
    }

    @Test
    void a_key_keeps_its_32_bytes() {
        byte[] secret = new byte[32];
        secret[0] = 1;
        secret[31] = (byte) 0xff;
        assertThat(new ReachKey(LocalDate.of(2026, 3, 1), secret, NOW).secret()).isEqualTo(secret);
    }

    @Test
    void a_key_must_be_32_bytes() {
        assertThatThrownBy(() -> new ReachKey(LocalDate.of(2026, 3, 1), new byte[16], NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reading_stores_only_a_hash() {
        assertThatThrownBy(() -> new Reading(1, LocalDate.of(2026, 3, 1), "p:42"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Reading(1, LocalDate.of(2026, 3, 1), "a".repeat(64)).key())
                .isEqualTo(new Reading.Key(1, LocalDate.of(2026, 3, 1), "a".repeat(64)));
    }
}
