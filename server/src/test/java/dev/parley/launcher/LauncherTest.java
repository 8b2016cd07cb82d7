package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void java_versions_are_read_in_both_numbering_schemes() {
        assertThat(Launcher.major("1.8")).isEqualTo(8);
        assertThat(Launcher.major("17")).isEqualTo(17);
        assertThat(Launcher.major("25-ea")).isEqualTo(25);
        assertThat(Launcher.major("nonsense")).isZero();
    }

    @Test
    void an_old_java_gets_one_line_with_the_three_ways_out() {
        String line = Launcher.tooOld(17, "/usr/lib/jvm/java-17");

        assertThat(line).doesNotContain("\n").contains("Java 17 (/usr/lib/jvm/java-17)").contains("JDK 21+")
                .contains("./parley serve").contains("./parley dist");
    }
}
