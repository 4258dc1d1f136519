package org.agora.identity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        var cut = ClientAddresses.trusting(" ");
        assertThat(cut.client("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_it_saw() {
        var cut = ClientAddresses.trusting("10.0.0.0/8");
        assertThat(cut.client("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void addresses_a_client_put_in_the_header_itself_are_not_believed() {
        var cut = ClientAddresses.trusting("10.0.0.5, 10.0.0.6");
        // the client forged "1.2.3.4"; the outer proxy 10.0.0.6 saw 203.0.113.9 and the inner one saw 10.0.0.6
        assertThat(cut.client("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.6")).isEqualTo("203.0.113.9");
    }

    @Test
    void a_connection_from_an_untrusted_peer_is_that_peer_whatever_it_claims() {
        var cut = ClientAddresses.trusting("10.0.0.0/8");
        assertThat(cut.client("203.0.113.50", "10.0.0.1")).isEqualTo("203.0.113.50");
    }

    @Test
    void garbage_in_the_header_stops_at_the_last_real_address() {
        var cut = ClientAddresses.trusting("10.0.0.0/8");
        assertThat(cut.client("10.0.0.1", "evil.example, unknown")).isEqualTo("10.0.0.1");
    }

    @Test
    void ipv6_ranges_work() {
        var cut = ClientAddresses.trusting("fd00::/8");
        assertThat(cut.client("fd12::1", "2001:db8::7")).isEqualTo("2001:db8::7");
        assertThat(cut.client("2001:db8::9", "2001:db8::7")).isEqualTo("2001:db8::9");
    }

    @Test
    void a_bad_setting_names_the_entry() {
        assertThatThrownBy(() -> ClientAddresses.trusting("10.0.0.0/8, proxy.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> ClientAddresses.trusting("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix");
    }
}
