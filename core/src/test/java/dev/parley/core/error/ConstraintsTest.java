package dev.parley.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../x", "a b", "x'; DROP TABLE users;--", "😀", "tab\tbed", "slash/ed"})
    void user_ids_outside_the_documented_alphabet_are_refused(String id) {
        assertThatThrownBy(() -> Constraints.checkUserId("userId", id)).isInstanceOf(ParleyException.class)
                .hasMessageContaining("userId");
    }

    @Test
    void user_ids_are_at_most_128_characters() {
        assertThat(Constraints.checkUserId("userId", "u".repeat(128))).hasSize(128);
        assertThatThrownBy(() -> Constraints.checkUserId("userId", "u".repeat(129))).isInstanceOf(ParleyException.class);
    }

    @Test
    void text_length_counts_code_points_and_allows_newlines_and_tabs_only() {
        assertThat(Constraints.checkText("text", "😀😀", 1, 2)).isEqualTo("😀😀");
        assertThat(Constraints.checkText("text", "a\nb\tc", 1, 10)).isNotNull();
        assertThatThrownBy(() -> Constraints.checkText("text", "😀😀😀", 1, 2)).hasMessageContaining("1-2");
        assertThatThrownBy(() -> Constraints.checkText("text", "a\rb", 1, 10)).hasMessageContaining("control");
        assertThatThrownBy(() -> Constraints.checkText("text", "\u007f", 1, 10)).hasMessageContaining("control");
        assertThatThrownBy(() -> Constraints.checkText("text", null, 1, 10)).hasMessageContaining("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "ftp://x", "https://a b", "//evil.example"})
    void urls_must_be_http_or_an_absolute_path(String url) {
        assertThatThrownBy(() -> Constraints.checkUrl("avatarUrl", url)).isInstanceOf(ParleyException.class);
    }
}
