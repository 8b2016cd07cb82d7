package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTextTest {
    private static final String MESSAGE_NEW = "{\"type\":\"message.new\",\"roomId\":\"r1\",\"lastSeq\":43,\"seq\":42,"
            + "\"message\":{\"id\":\"m\",\"seq\":42,\"text\":\"bench t=123456789\",\"clientId\":\"s1-7\"}}";

    @Test
    void reads_the_type_the_seq_and_the_send_time_without_confusing_seq_with_last_seq() {
        assertThat(FrameText.type(MESSAGE_NEW)).isEqualTo("message.new");
        assertThat(FrameText.number(MESSAGE_NEW, "seq")).isEqualTo(42);
        assertThat(FrameText.number(MESSAGE_NEW, "lastSeq")).isEqualTo(43);
        assertThat(FrameText.sentNanos(MESSAGE_NEW)).isEqualTo(123456789L);
    }

    @Test
    void missing_fields_read_as_empty_or_minus_one() {
        String pong = "{\"type\":\"pong\",\"ref\":null}";

        assertThat(FrameText.string(pong, "ref")).isEmpty();
        assertThat(FrameText.number(pong, "seq")).isEqualTo(-1);
        assertThat(FrameText.sentNanos(pong)).isEqualTo(-1);
    }
}
