package org.agora.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.agora.identity.entity.Role;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void an_officer_manages_only_their_own_agency() {
        var omar = new Actor(1, "omar", Set.of(Role.AGENCY), Optional.of("Transport"));
        assertThat(omar.mayManage("Transport")).isTrue();
        assertThat(omar.mayManage("Parks")).isFalse();
    }

    @Test
    void an_agency_claim_without_the_agency_role_manages_nothing() {
        var ex = new Actor(2, "former", Set.of(Role.CITIZEN), Optional.of("Transport"));
        assertThat(ex.mayManage("Transport")).isFalse();
    }

    @Test
    void an_admin_manages_everything_and_so_does_the_platform() {
        assertThat(new Actor(3, "ada", Set.of(Role.ADMIN), Optional.empty()).mayManage("Parks")).isTrue();
        assertThat(Actor.system("timer").mayManage("Anything")).isTrue();
    }

    @Test
    void roles_are_a_copy() {
        var roles = new java.util.HashSet<>(Set.of(Role.CITIZEN));
        var actor = new Actor(4, "alice", roles, Optional.empty());
        roles.add(Role.ADMIN);
        assertThat(actor.isAdmin()).isFalse();
    }
}
