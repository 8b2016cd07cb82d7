package dev.parley.bench;

/**
 * Reads the few fields the load generator needs straight from a frame's JSON text, without
 * building a tree: the receive thread of thousands of sessions must stay cheap. It relies on
 * what the server writes: compact JSON, {@code type} first, no whitespace around colons.
 */
final class FrameText {
    private static final String SENT_MARK = "\"text\":\"bench t=";
    private static final String SOCKET_IO_SENT_MARK = "\"message\":\"bench t=";

    private FrameText() {
    }

    /** The frame's {@code type} (the first {@code "type"} field), or "" when there is none. */
    static String type(String frame) {
        return string(frame, "type");
    }

    /** The first string field {@code name}, or "" when absent (escapes are not decoded). */
    static String string(String frame, String name) {
        String key = "\"" + name + "\":\"";
        int from = frame.indexOf(key);
        if (from < 0) {
            return "";
        }
        from += key.length();
        int to = frame.indexOf('"', from);
        return to < 0 ? "" : frame.substring(from, to);
    }

    /** The first whole-number field {@code name}, or -1 when absent. */
    static long number(String frame, String name) {
        String key = "\"" + name + "\":";
        int at = frame.indexOf(key);
        if (at < 0) {
            return -1;
        }
        return digitsAt(frame, at + key.length());
    }

    private static long digitsAt(String frame, int at) {
        long value = 0;
        int digits = 0;
        for (; at < frame.length() && Character.isDigit(frame.charAt(at)); at++, digits++) {
            value = value * 10 + (frame.charAt(at) - '0');
        }
        return digits == 0 ? -1 : value;
    }

    /** The send time a bench message carries in its text ({@code "text":"bench t=<nanos>"}), or -1. */
    static long sentNanos(String frame) {
        return sentNanos(frame, SENT_MARK);
    }

    /** The send time in a Socket.IO {@code message} event ({@code "message":"bench t=<nanos>"}), or -1. */
    static long sentNanosOfSocketIo(String frame) {
        return sentNanos(frame, SOCKET_IO_SENT_MARK);
    }

    private static long sentNanos(String frame, String mark) {
        int at = frame.indexOf(mark);
        return at < 0 ? -1 : digitsAt(frame, at + mark.length());
    }
}
