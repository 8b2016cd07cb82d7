package dev.parley.server.socketio;

import java.util.ArrayList;
import java.util.List;

/**
 * Engine.IO 4 packets as text: one type digit, then the data. Over HTTP long-polling several
 * packets travel in one body, separated by the record separator {@code \x1e}; a binary packet
 * there is {@code b} + base64 (Parley accepts no binary data and drops those).
 */
final class EnginePackets {
    static final char OPEN = '0';
    static final char CLOSE = '1';
    static final char PING = '2';
    static final char PONG = '3';
    static final char MESSAGE = '4';
    static final char UPGRADE = '5';
    static final char NOOP = '6';
    static final char SEPARATOR = '\u001e';
    static final char BINARY = 'b';

    private EnginePackets() {
    }

    /** The packets of a polling body, in order. */
    static List<String> split(String payload) {
        List<String> packets = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= payload.length(); i++) {
            if (i == payload.length() || payload.charAt(i) == SEPARATOR) {
                packets.add(payload.substring(start, i));
                start = i + 1;
            }
        }
        return packets;
    }

    /** Packets joined into one polling body. */
    static String join(List<String> packets) {
        return String.join(String.valueOf(SEPARATOR), packets);
    }

    /** The type of a text packet; a packet that is not one is refused with the reason in plain words. */
    static char type(String packet) {
        if (packet.isEmpty()) {
            throw new BadPacket("an empty Engine.IO packet");
        }
        char type = packet.charAt(0);
        if (type == BINARY) {
            return BINARY;
        }
        if (type < OPEN || type > NOOP) {
            throw new BadPacket("'" + printable(type) + "' is not an Engine.IO packet type (0-6)");
        }
        return type;
    }

    static String printable(char c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }

    /** A packet that breaks the protocol: the connection that sent it is closed. */
    static final class BadPacket extends RuntimeException {
        BadPacket(String reason) {
            super(reason, null, false, false);
        }
    }
}
