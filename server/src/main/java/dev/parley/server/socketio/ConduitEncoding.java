package dev.parley.server.socketio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.server.delivery.Encoding;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of the Conduit chat module, as the Engine.IO packets of the {@code /chat}
 * namespace: {@code message {sender, message, room}} for a new message (with Parley's
 * {@code _id}, {@code seq} and {@code createdAt} added) and {@code messagesRead {room, readBy}}
 * for a moved read mark. Other events have no Conduit form and are not delivered
 * ({@link #carries}). Each event is encoded once for every Socket.IO client.
 */
final class ConduitEncoding implements Encoding<String> {
    /** The namespace, and the spelling with a trailing slash that Conduit's own docs connect to. */
    static final java.util.List<String> NAMESPACES = java.util.List.of("/chat", "/chat/");

    /** The {@code message} event's object, also the acknowledgement of a send. */
    record MessageEvent(String sender, String message, UUID room, @JsonProperty("_id") UUID id, long seq,
            Instant createdAt) {
        static MessageEvent of(Message message) {
            return new MessageEvent(message.userId(), message.text(), message.roomId(), message.id(), message.seq(),
                    message.createdAt());
        }
    }

    record ReadEvent(UUID room, String readBy) {
    }

    /** What a refused client event is answered with (in its acknowledgement, or as an {@code error} event). */
    record Refusal(String event, String error) {
    }

    private final ObjectMapper mapper;
    private final String namespace;

    ConduitEncoding(ObjectMapper mapper, String namespace) {
        this.mapper = mapper;
        this.namespace = namespace;
    }

    String namespace() {
        return namespace;
    }

    /** Whether the event has a Conduit form: new messages and read marks. */
    static boolean carries(Event event) {
        return event instanceof Event.MessagePosted || event instanceof Event.ReadMarkMoved;
    }

    @Override
    public String encode(Event event) {
        return switch (event) {
            case Event.MessagePosted posted -> event("message", MessageEvent.of(posted.message()));
            case Event.ReadMarkMoved read -> event("messagesRead", new ReadEvent(read.roomId(), read.userId()));
            default -> throw new IllegalArgumentException("no Conduit form: " + event.getClass().getSimpleName());
        };
    }

    /** The acknowledgement of a {@code message} the client sent ({@code ref} is its ack id). */
    String ack(Object ref, Message message) {
        return ack((Long) ref, MessageEvent.of(message));
    }

    String ack(long ackId, Object... args) {
        return SocketPacket.encode(SocketPacket.ACK, namespace, ackId, json(List.of(args)));
    }

    String event(String name, Object argument) {
        return SocketPacket.encode(SocketPacket.EVENT, namespace, -1, json(List.of(name, argument)));
    }

    String connected(String socketId) {
        return SocketPacket.encode(SocketPacket.CONNECT, namespace, -1, json(java.util.Map.of("sid", socketId)));
    }

    String connectError(String message) {
        return connectError(namespace, message, mapper);
    }

    static String connectError(String namespace, String message, ObjectMapper mapper) {
        return SocketPacket.encode(SocketPacket.CONNECT_ERROR, namespace, -1, json(mapper, java.util.Map.of("message", message)));
    }

    String disconnect() {
        return SocketPacket.encode(SocketPacket.DISCONNECT, namespace, -1, null);
    }

    private String json(Object value) {
        return json(mapper, value);
    }

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payloads are records of serializable values", e);
        }
    }
}
