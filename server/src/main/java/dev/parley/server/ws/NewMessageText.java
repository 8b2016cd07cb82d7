package dev.parley.server.ws;

import dev.parley.core.message.Message;
import dev.parley.protocol.ws.MessageEvent;

/**
 * The text of a {@code message.new} frame around the message's JSON: what
 * {@code write(EventFrames.replayed(message, lastSeq))} writes (the record's fields in order,
 * the absent {@code change} left out), put together without serializing the message again.
 */
final class NewMessageText {
    private NewMessageText() {
    }

    /** Everything before the message's JSON. */
    static String prefix(Message message, long lastSeq) {
        return "{\"type\":\"" + MessageEvent.NEW + "\",\"roomId\":\"" + message.roomId() + "\",\"lastSeq\":" + lastSeq
                + ",\"seq\":" + message.seq() + ",\"message\":";
    }

    static String frame(Message message, long lastSeq, String json) {
        return prefix(message, lastSeq) + json + "}";
    }

    /** The message's JSON inside {@code frame}, a {@code message.new} written with {@code lastSeq}; null if it is not one. */
    static String json(String frame, Message message, long lastSeq) {
        String prefix = prefix(message, lastSeq);
        if (!frame.startsWith(prefix) || !frame.endsWith("}")) {
            return null;
        }
        return frame.substring(prefix.length(), frame.length() - 1);
    }
}
