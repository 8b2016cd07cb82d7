package dev.parley.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void a_cursor_decodes_to_the_parts_it_was_made_of() {
        String cursor = Cursor.encode("2026-11-21T10:00:00Z", "room id with spaces & ünïcode");

        assertThat(Cursor.decode(cursor, 2)).containsExactly("2026-11-21T10:00:00Z", "room id with spaces & ünïcode");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(null, 2)).isNull();
    }

    @Test
    void anything_else_is_an_invalid_cursor() {
        for (String bad : List.of("%%%", "not base64!", Cursor.encode("one part"), Cursor.encode("a", "b", "c"))) {
            assertThatThrownBy(() -> Cursor.decode(bad, 2))
                    .isInstanceOf(ParleyException.class)
                    .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.INVALID_CURSOR);
        }
    }

    @Test
    void a_page_built_from_one_row_too_many_has_a_cursor_at_its_last_item() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, Cursor::encode);

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(page.nextCursor(), 1)).containsExactly("b");
        assertThat(Page.of(List.of("a", "b"), 2, Cursor::encode).nextCursor()).isNull();
    }
}
