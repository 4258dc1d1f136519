package org.agora.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void a_repeat_visit_within_the_hour_writes_nothing() {
        var p = new Participant("sub-1", "alice", null, NOW);
        assertThat(p.seen("alice", null, NOW.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(p.seen("alice", null, NOW.plus(Duration.ofMinutes(61)))).isTrue();
    }

    @Test
    void name_and_agency_changes_at_the_identity_provider_are_taken_over() {
        var p = new Participant("sub-2", "omar", "Transport", NOW);
        assertThat(p.seen("omar.k", "Parks", NOW.plusSeconds(5))).isTrue();
        assertThat(p.displayName()).isEqualTo("omar.k");
        assertThat(p.agency()).contains("Parks");
        assertThat(p.seen("omar.k", " ", NOW.plusSeconds(6))).isTrue();
        assertThat(p.agency()).isEmpty();
    }

    @Test
    void a_missing_name_gets_a_neutral_one_and_long_names_are_cut() {
        assertThat(new Participant("sub-3", "  ", null, NOW).displayName()).startsWith("Participant ");
        assertThat(new Participant("sub-4", "x".repeat(500), null, NOW).displayName())
                .hasSize(Participant.NAME_MAX);
    }
}
