package org.agora.identity.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsrfGuardTest {

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080, http://127.0.0.1:8080/api/engagements, true",
        "http://127.0.0.1:8080, http://127.0.0.1:8280/api/engagements, false",
        "https://consult.example, https://consult.example/api/engagements, true",
        "https://consult.example:443, https://consult.example/api/x, true",
        "http://consult.example, https://consult.example/api/x, false",
        "https://evil.example, https://consult.example/api/x, false",
        "null, https://consult.example/api/x, false",
        "'http://[bad', https://consult.example/api/x, false",
    })
    void only_our_own_origin_counts_as_same_origin(String origin, String request, boolean same) {
        assertThat(CsrfGuard.sameOrigin(origin, URI.create(request))).isEqualTo(same);
    }
}
