package org.agora.broadcasts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitedSourceTest {

    @Test
    void a_web_source_keeps_address_title_and_quote() {
        var s = new CitedSource(1, 0, " https://example.org/report?page=2 ", " Traffic report ", " 40% fewer cars ");
        assertThat(s.url()).isEqualTo("https://example.org/report?page=2");
        assertThat(s.title()).isEqualTo("Traffic report");
        assertThat(s.quote()).contains("40% fewer cars");
        assertThat(new CitedSource(1, 1, "http://example.org", "Home", "  ").quote()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/file", "data:text/html,hi", "//example.org/x",
            "example.org/page", "https:///nohost", "https://user:pw@example.org/", "https://exa mple.org/", "file:///etc/passwd"})
    void only_http_and_https_addresses_with_a_host_are_taken(String url) {
        assertThatThrownBy(() -> new CitedSource(1, 0, url, "Title", null)).isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("sources[0].url"));
    }

    @Test
    void limits_on_length_and_number_are_enforced() {
        assertThatThrownBy(() -> new CitedSource(1, 2, "https://example.org/" + "a".repeat(2000), "T", null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("sources[2].url");
        assertThatThrownBy(() -> new CitedSource(1, 0, "https://example.org/", "T".repeat(301), null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new CitedSource(1, 0, "https://example.org/", "T", "q".repeat(2001)))
                .isInstanceOf(InvalidField.class).hasMessageContaining("quote");
        assertThatThrownBy(() -> new CitedSource(1, 0, "https://example.org/", " ", null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new CitedSource(1, CitedSource.MAX_PER_UPDATE, "https://example.org/", "T", null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("20");
    }
}
