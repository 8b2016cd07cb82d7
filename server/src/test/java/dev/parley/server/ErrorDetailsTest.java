package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;

/** The scanner every server test runs under: what it flags, and that JUnit registers it. */
class ErrorDetailsTest {
    @Test
    void class_names_exception_names_and_parser_internals_are_flagged() {
        assertThat(ErrorDetails.showsInternals("Cannot construct instance of `dev.parley.server.http.Requests$Login`"))
                .isTrue();
        assertThat(ErrorDetails.showsInternals("java.lang.IllegalStateException: boom")).isTrue();
        assertThat(ErrorDetails.showsInternals("Unexpected character ('}' (code 125))")).isTrue();
        assertThat(ErrorDetails.showsInternals("at [Source: REDACTED; line: 1, column: 10]")).isTrue();
        assertThat(ErrorDetails.showsInternals("org.eclipse.jetty.http.BadMessageException: 400")).isTrue();
    }

    @Test
    void plain_details_pass() {
        assertThat(ErrorDetails.showsInternals("malformed JSON at line 1, column 10")).isFalse();
        assertThat(ErrorDetails.showsInternals("no user ana.b@example.com")).isFalse();
        assertThat(ErrorDetails.showsInternals("send one Authorization header, not 2")).isFalse();
    }

    @Test
    void it_is_registered_for_every_test_class() {
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(ErrorDetails.class);
        assertThat(getClass().getResource("/junit-platform.properties")).isNotNull();
    }
}
