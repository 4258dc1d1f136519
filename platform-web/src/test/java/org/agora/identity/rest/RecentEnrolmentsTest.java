package org.agora.identity.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.junit.jupiter.api.Test;

class RecentEnrolmentsTest {

    final AtomicLong clock = new AtomicLong(0);
    final RecentEnrolments cut = new RecentEnrolments(clock::get, 3);
    final TokenClaims olga = new TokenClaims("sub-olga", "olga", Optional.of("Transport"));
    final Actor enrolledOlga = new Actor(41, "olga", Set.of(Role.CITIZEN, Role.AGENCY), Optional.of("Transport"));

    @Test
    void someone_enrolled_a_moment_ago_is_answered_with_the_roles_of_the_current_token() {
        cut.remember(olga, enrolledOlga);
        clock.addAndGet(Duration.ofMinutes(4).toNanos());

        var actor = cut.find(olga, EnumSet.of(Role.CITIZEN)).orElseThrow();

        assertThat(actor.participantId()).isEqualTo(41);
        assertThat(actor.displayName()).isEqualTo("olga");
        assertThat(actor.agency()).hasValue("Transport");
        assertThat(actor.roles()).containsExactly(Role.CITIZEN);
    }

    @Test
    void after_five_minutes_the_person_is_enrolled_again_so_the_visit_is_recorded() {
        cut.remember(olga, enrolledOlga);
        clock.addAndGet(RecentEnrolments.KEEP.toNanos());

        assertThat(cut.find(olga, Set.of(Role.CITIZEN))).isEmpty();
    }

    @Test
    void a_changed_name_or_agency_in_the_token_is_enrolled_again() {
        cut.remember(olga, enrolledOlga);

        assertThat(cut.find(new TokenClaims("sub-olga", "olga.k", Optional.of("Transport")), Set.of())).isEmpty();
        assertThat(cut.find(new TokenClaims("sub-olga", "olga", Optional.of("Parks")), Set.of())).isEmpty();
        assertThat(cut.find(new TokenClaims("sub-olga", "olga", Optional.empty()), Set.of())).isEmpty();
        assertThat(cut.find(new TokenClaims("sub-other", "olga", Optional.of("Transport")), Set.of())).isEmpty();
    }

    @Test
    void memory_stays_bounded() {
        for (int i = 0; i < 10; i++) {
            cut.remember(new TokenClaims("sub-" + i, "p" + i, Optional.empty()),
                    new Actor(i, "p" + i, Set.of(), Optional.empty()));
        }

        assertThat(cut.size()).isLessThanOrEqualTo(3);
        assertThat(cut.find(new TokenClaims("sub-9", "p9", Optional.empty()), Set.of())).isPresent();
    }
}
