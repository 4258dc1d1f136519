package org.agora.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void http_and_https_addresses_are_taken_as_given() {
        assertThat(Evidence.webAddress(" https://example.org/report?id=3#p2 "))
                .isEqualTo("https://example.org/report?id=3#p2");
        assertThat(Evidence.webAddress("HTTP://example.org")).isEqualTo("HTTP://example.org");
    }

    @Test
    void other_schemes_hostless_addresses_credentials_and_long_addresses_are_refused() {
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x",
                "https:///nohost", "https://user:secret@example.org/", "not a url", "",
                "https://example.org/" + "a".repeat(2000)}) {
            assertThatThrownBy(() -> Evidence.webAddress(bad)).as(bad).isInstanceOf(InvalidField.class)
                    .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("url"));
        }
    }
}
