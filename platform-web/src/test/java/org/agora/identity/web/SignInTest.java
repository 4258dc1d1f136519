package org.agora.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class SignInTest {

    @ParameterizedTest
    @CsvSource({
        "/, /",
        "/rounds/12?tab=comments, /rounds/12?tab=comments",
        "https://evil.example/, /",
        "//evil.example/, /",
        "/\\evil.example, /",
        "javascript:alert(1), /",
        "relative/path, /",
    })
    void only_local_paths_are_followed_after_sign_in(String returnTo, String expected) {
        assertThat(SignIn.safeLocalPath(returnTo)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    void no_return_address_goes_home(String returnTo) {
        assertThat(SignIn.safeLocalPath(returnTo)).isEqualTo("/");
    }

    @org.junit.jupiter.api.Test
    void header_injection_is_not_followed() {
        assertThat(SignIn.safeLocalPath("/ok\r\nSet-Cookie: x=1")).isEqualTo("/");
    }
}
