package dev.parley.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.socketio.EnginePackets.BadPacket;

/**
 * A Socket.IO 5 packet: {@code <type>[<attachments>-][<namespace>,][<ack id>][<JSON>]}, carried
 * in an Engine.IO message packet. {@code ackId} is -1 when none was asked for, {@code data} null
 * when the packet has none.
 */
record SocketPacket(int type, int attachments, String namespace, long ackId, JsonNode data) {
    static final int CONNECT = 0;
    static final int DISCONNECT = 1;
    static final int EVENT = 2;
    static final int ACK = 3;
    static final int CONNECT_ERROR = 4;
    static final int BINARY_EVENT = 5;
    static final int BINARY_ACK = 6;
    private static final int MAX_ACK_DIGITS = 15;

    boolean binary() {
        return type == BINARY_EVENT || type == BINARY_ACK;
    }

    /** Reads a packet; one that breaks the format is refused with the reason. */
    static SocketPacket parse(String text, ObjectMapper mapper) {
        if (text.isEmpty()) {
            throw new BadPacket("an empty Socket.IO packet");
        }
        int type = text.charAt(0) - '0';
        if (type < CONNECT || type > BINARY_ACK) {
            throw new BadPacket("'" + EnginePackets.printable(text.charAt(0)) + "' is not a Socket.IO packet type (0-6)");
        }
        int at = 1;
        int attachments = 0;
        if (type == BINARY_EVENT || type == BINARY_ACK) {
            int dash = text.indexOf('-', at);
            if (dash < 0 || dash == at || dash - at > 6 || !digits(text, at, dash)) {
                throw new BadPacket("a binary Socket.IO packet must give its attachment count");
            }
            attachments = Integer.parseInt(text.substring(at, dash));
            at = dash + 1;
        }
        String namespace = "/";
        if (at < text.length() && text.charAt(at) == '/') {
            int comma = text.indexOf(',', at);
            int end = comma < 0 ? text.length() : comma;
            namespace = text.substring(at, end);
            at = comma < 0 ? end : comma + 1;
        }
        int ackStart = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at - ackStart > MAX_ACK_DIGITS) {
            throw new BadPacket("an acknowledgement id has at most " + MAX_ACK_DIGITS + " digits");
        }
        long ackId = at > ackStart ? Long.parseLong(text.substring(ackStart, at)) : -1;
        JsonNode data = null;
        if (at < text.length()) {
            try {
                data = mapper.readTree(text.substring(at));
            } catch (java.io.IOException e) {
                throw new BadPacket("the data of a Socket.IO packet is not JSON");
            }
        }
        return new SocketPacket(type, attachments, namespace, ackId, data);
    }

    /** The Engine.IO message packet carrying a Socket.IO packet of {@code type} (ack id omitted when negative). */
    static String encode(int type, String namespace, long ackId, String json) {
        StringBuilder packet = new StringBuilder(json == null ? 16 : json.length() + 16);
        packet.append(EnginePackets.MESSAGE).append(type);
        if (!"/".equals(namespace)) {
            packet.append(namespace).append(',');
        }
        if (ackId >= 0) {
            packet.append(ackId);
        }
        if (json != null) {
            packet.append(json);
        }
        return packet.toString();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
