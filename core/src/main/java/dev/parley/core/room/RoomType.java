package dev.parley.core.room;

import dev.parley.core.error.ParleyException;
import java.util.Locale;

/** {@code direct}: two people; {@code group}: private; {@code channel}: public, anyone may join. */
public enum RoomType {
    DIRECT, GROUP, CHANNEL;

    /** Parses a type a client may create with {@code POST /v1/rooms}: group or channel. */
    public static RoomType parseCreatable(String value) {
        if ("group".equals(value)) {
            return GROUP;
        }
        if ("channel".equals(value)) {
            return CHANNEL;
        }
        throw ParleyException.invalid("type must be one of group, channel");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
