package dev.parley.server.socketio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.socketio.EnginePackets.BadPacket;

/**
 * The Socket.IO 5 side of one Engine.IO connection: reads its packets, serves the one
 * namespace Parley has ({@code /chat}; any other is answered CONNECT_ERROR "Invalid
 * namespace"), hands events to {@link ChatEvents}, and detaches the socket when either side
 * disconnects. A packet that breaks the format closes the connection.
 */
final class SocketIoConnection implements EngineSession.Listener {
    private final EngineSession engine;
    private final ChatNamespace chat;
    private final ChatEvents events;
    private final ObjectMapper mapper;
    private final String socketId;
    private ChatSocket socket;
    private boolean closed;

    SocketIoConnection(EngineSession engine, ChatNamespace chat, ChatEvents events, ObjectMapper mapper,
            String socketId) {
        this.engine = engine;
        this.chat = chat;
        this.events = events;
        this.mapper = mapper;
        this.socketId = socketId;
    }

    /** Whether the client connected to {@code /chat} (a connection that never does is closed in time). */
    synchronized boolean connected() {
        return socket != null;
    }

    @Override
    public void message(String data) throws InterruptedException {
        SocketPacket packet = SocketPacket.parse(data, mapper);
        ChatSocket current;
        synchronized (this) {
            current = socket;
        }
        boolean ours = current == null ? chat.serves(packet.namespace())
                : current.encoding().namespace().equals(packet.namespace());
        switch (packet.type()) {
            case SocketPacket.CONNECT -> connect(packet, ours, current);
            case SocketPacket.DISCONNECT -> {
                if (ours && current != null) {
                    detach();
                }
            }
            case SocketPacket.EVENT -> {
                if (ours && current != null) {
                    events.handle(current, packet);
                }
            }
            case SocketPacket.BINARY_EVENT, SocketPacket.BINARY_ACK -> {
                if (ours && current != null) {
                    events.refuseBinary(current, packet);
                }
            }
            case SocketPacket.ACK -> {
                // The server asks for no acknowledgements: nothing waits for one.
            }
            default -> throw new BadPacket("a client does not send Socket.IO packet type " + packet.type());
        }
    }

    private void connect(SocketPacket packet, boolean ours, ChatSocket current) {
        if (!ours) {
            engine.send(ConduitEncoding.connectError(packet.namespace(), "Invalid namespace", mapper));
            return;
        }
        if (current != null) {
            return;
        }
        if (packet.data() != null && !packet.data().isObject()) {
            engine.send(ConduitEncoding.connectError(packet.namespace(), "the CONNECT payload must be an object: {token}",
                    mapper));
            return;
        }
        ChatSocket joined = chat.connect(engine, packet.namespace(), packet.data(), socketId);
        boolean late;
        synchronized (this) {
            late = closed;
            if (!late) {
                socket = joined;
            }
        }
        if (late && joined != null) {
            chat.disconnect(joined);
        }
    }

    @Override
    public void closed() {
        synchronized (this) {
            closed = true;
        }
        detach();
    }

    private void detach() {
        ChatSocket leaving;
        synchronized (this) {
            leaving = socket;
            socket = null;
        }
        if (leaving != null) {
            chat.disconnect(leaving);
        }
    }
}
