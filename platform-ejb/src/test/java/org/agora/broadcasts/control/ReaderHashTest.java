package org.agora.broadcasts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.agora.broadcasts.control.ReaderHash.Reader;
import org.junit.jupiter.api.Test;

class ReaderHashTest {

    static final byte[] MONDAY = key(1);
    static final byte[] TUESDAY = key(2);

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void the_same_reader_of_the_same_update_on_the_same_day_gives_the_same_hash() {
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.participant(42)))
                .isEqualTo(ReaderHash.hash(MONDAY, 7, Reader.participant(42)));
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.anonymous("203.0.113.9", "Firefox")))
                .isEqualTo(ReaderHash.hash(MONDAY, 7, Reader.anonymous("203.0.113.9", "Firefox")));
    }

    @Test
    void different_readers_give_different_hashes() {
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.participant(42)))
                .isNotEqualTo(ReaderHash.hash(MONDAY, 7, Reader.participant(43)));
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.anonymous("203.0.113.9", "Firefox")))
                .isNotEqualTo(ReaderHash.hash(MONDAY, 7, Reader.anonymous("203.0.113.9", "Chrome")))
                .isNotEqualTo(ReaderHash.hash(MONDAY, 7, Reader.anonymous("203.0.113.10", "Firefox")));
    }

    @Test
    void a_participant_and_an_address_that_look_alike_are_different_readers() {
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.participant(42)))
                .isNotEqualTo(ReaderHash.hash(MONDAY, 7, Reader.anonymous("42", "")));
    }

    @Test
    void readings_of_two_updates_cannot_be_joined_by_their_hash() {
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.participant(42)))
                .isNotEqualTo(ReaderHash.hash(MONDAY, 8, Reader.participant(42)));
    }

    @Test
    void another_days_key_gives_another_hash_so_days_cannot_be_linked() {
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.participant(42)))
                .isNotEqualTo(ReaderHash.hash(TUESDAY, 7, Reader.participant(42)));
    }

    @Test
    void the_hash_is_64_hex_digits_and_contains_nothing_of_the_reader() {
        String hash = ReaderHash.hash(MONDAY, 7, Reader.anonymous("203.0.113.9", "Firefox"));
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("203").doesNotContain("Firefox");
        assertThat(Reader.anonymous("203.0.113.9", "Firefox").toString()).doesNotContain("203");
    }

    @Test
    void it_is_the_rfc_2104_hmac_sha256_of_update_and_reader() throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(MONDAY, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("7\np:42".getBytes("UTF-8")));
        assertThat(ReaderHash.hash(MONDAY, 7, Reader.participant(42))).isEqualTo(expected);
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> ReaderHash.hash(new byte[16], 7, Reader.participant(42)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void very_long_user_agents_are_cut_so_they_cannot_make_two_readers_of_one() {
        String longAgent = "x".repeat(ReaderHash.AGENT_MAX);
        assertThat(Reader.anonymous("203.0.113.9", longAgent + "tail"))
                .isEqualTo(Reader.anonymous("203.0.113.9", longAgent + "other tail"));
    }

    @Test
    void days_are_utc_days() {
        assertThat(ReaderHash.day(Instant.parse("2026-03-01T23:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ReaderHash.day(Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
