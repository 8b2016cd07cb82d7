package dev.parley.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ParleyException;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void a_plain_name_is_kept_as_it_is() {
        assertThat(FileNames.clean("Quarterly report (final).pdf")).isEqualTo("Quarterly report (final).pdf");
        assertThat(FileNames.clean("Überblick – 2026.txt")).isEqualTo("Überblick – 2026.txt");
    }

    @Test
    void a_path_keeps_only_its_last_part_and_leading_dots_go() {
        assertThat(FileNames.clean("C:\\Users\\ana\\notes.txt")).isEqualTo("notes.txt");
        assertThat(FileNames.clean("/home/ana/.bashrc")).isEqualTo("bashrc");
        assertThat(FileNames.clean("dir/")).isEqualTo("file");
        assertThat(FileNames.clean(null)).isEqualTo("file");
    }

    @Test
    void climbing_directories_control_characters_and_direction_overrides_are_refused() {
        assertThatThrownBy(() -> FileNames.clean("../../etc/passwd")).isInstanceOf(ParleyException.class)
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> FileNames.clean("a\u0000b.txt")).hasMessageContaining("control character");
        assertThatThrownBy(() -> FileNames.clean("a\nb.txt")).hasMessageContaining("control character");
        assertThatThrownBy(() -> FileNames.clean("invoice\u202Efdp.exe")).hasMessageContaining("right-to-left");
        assertThatThrownBy(() -> FileNames.clean("x\u2066y.txt")).hasMessageContaining("right-to-left");
    }

    @Test
    void a_name_longer_than_255_characters_is_refused() {
        assertThatThrownBy(() -> FileNames.clean("a".repeat(252) + ".txt")).hasMessageContaining("255");
    }
}
