package dev.parley.server.socketio;

import dev.parley.server.config.ParleyConfig;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.auth.AuthService;
import dev.parley.core.auth.Credential;
import dev.parley.core.error.ParleyException;
import dev.parley.core.room.RoomService;
import dev.parley.server.delivery.DeliveryService;
import java.util.Map;
import java.util.UUID;

/**
 * Joins and leaves {@code /chat}: a CONNECT authenticates with {@code auth: {token}} or the
 * connection's {@code Authorization: Bearer} header (else CONNECT_ERROR, and no socket), then
 * attaches the socket to the node's delivery in all its rooms — the steps of a native session's
 * opening, so no event between reading the rooms and going live is missed.
 */
final class ChatNamespace {
    private final AuthService auth;
    private final RoomService rooms;
    private final DeliveryService delivery;
    private final Map<String, ConduitEncoding> encodings;
    private final ParleyConfig.SocketIo settings;

    ChatNamespace(AuthService auth, RoomService rooms, DeliveryService delivery,
            com.fasterxml.jackson.databind.ObjectMapper mapper, ParleyConfig.SocketIo settings) {
        this.auth = auth;
        this.rooms = rooms;
        this.delivery = delivery;
        this.encodings = ConduitEncoding.NAMESPACES.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                namespace -> namespace, namespace -> new ConduitEncoding(mapper, namespace)));
        this.settings = settings;
    }

    /** Whether {@code namespace} is this one ({@code /chat}, also spelled {@code /chat/}). */
    boolean serves(String namespace) {
        return encodings.containsKey(namespace);
    }

    /** The connected socket, or null when the CONNECT was refused (the client got CONNECT_ERROR). */
    ChatSocket connect(EngineSession engine, String namespace, JsonNode payload, String socketId) {
        ConduitEncoding encoding = encodings.get(namespace);
        String token = token(payload, engine.authorization());
        if (token == null) {
            refuse(engine, encoding, "a user token is required: connect with auth: {token} or an Authorization: Bearer header");
            return null;
        }
        Credential credential;
        try {
            credential = auth.authenticate(token);
        } catch (ParleyException e) {
            refuse(engine, encoding, "the token was refused: " + e.detail());
            return null;
        }
        ChatSocket socket = new ChatSocket(socketId, credential, engine, encoding, settings.outboxSize(),
                delivery.writers());
        socket.ledger().holdAll();
        try {
            delivery.register(socket);
            delivery.loaded(socket, rooms.positionsOf(credential.actor()));
            socket.reply(encoding.connected(socketId));
            delivery.announce(socket);
            return socket;
        } catch (ParleyException e) {
            delivery.detach(socket);
            refuse(engine, encoding, e.detail());
            return null;
        } finally {
            socket.ledger().releaseAll();
        }
    }

    void disconnect(ChatSocket socket) {
        socket.closed();
        delivery.detach(socket);
    }

    private static void refuse(EngineSession engine, ConduitEncoding encoding, String message) {
        engine.send(encoding.connectError(message));
    }

    /** {@code auth.token} (with or without "Bearer "), else the handshake's Authorization header; null when neither. */
    static String token(JsonNode payload, String authorization) {
        JsonNode token = payload == null ? null : payload.get("token");
        if (token != null && token.isTextual() && !token.asText().isBlank()) {
            return withoutScheme(token.asText());
        }
        if (authorization != null && !authorization.isBlank()) {
            return withoutScheme(authorization);
        }
        return null;
    }

    private static String withoutScheme(String credential) {
        String trimmed = credential.trim();
        String token = trimmed.regionMatches(true, 0, "Bearer ", 0, 7) ? trimmed.substring(7).trim() : trimmed;
        // Conduit's docs write the token in quotes (Bearer "…"): a token never contains them.
        return token.length() > 1 && token.startsWith("\"") && token.endsWith("\"")
                ? token.substring(1, token.length() - 1) : token;
    }
}
