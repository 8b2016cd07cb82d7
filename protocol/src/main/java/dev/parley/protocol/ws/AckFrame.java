package dev.parley.protocol.ws;

import dev.parley.protocol.model.Message;
import dev.parley.protocol.model.ReadMark;

/** {@code ack}: a {@code message.send} committed ({@code message}), or a {@code read} with a ref ({@code read}). */
public record AckFrame(String type, String ref, Message message, ReadMark read) implements ServerFrame {
    public static final String TYPE = "ack";

    public static AckFrame of(String ref, Message message) {
        return new AckFrame(TYPE, ref, message, null);
    }

    public static AckFrame of(String ref, ReadMark read) {
        return new AckFrame(TYPE, ref, null, read);
    }
}
