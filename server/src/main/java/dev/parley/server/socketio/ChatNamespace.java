package dev.parley.server.socketio;

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
    private final ConduitEncoding encoding;
    private final SocketIoSettings settings;

    ChatNamespace(AuthService auth, RoomService rooms, DeliveryService delivery, ConduitEncoding encoding,
            SocketIoSettings settings) {
        this.auth = auth;
        this.rooms = rooms;
        this.delivery = delivery;
        this.encoding = encoding;
        this.settings = settings;
    }

    /** The connected socket, or null when the CONNECT was refused (the client got CONNECT_ERROR). */
    ChatSocket connect(EngineSession engine, JsonNode payload, String socketId) {
        String token = token(payload, engine.authorization());
        if (token == null) {
            refuse(engine, "a user token is required: connect with auth: {token} or an Authorization: Bearer header");
            return null;
        }
        Credential credential;
        try {
            credential = auth.authenticate(token);
        } catch (ParleyException e) {
            refuse(engine, "the token was refused: " + e.detail());
            return null;
        }
        ChatSocket socket = new ChatSocket(socketId, credential, engine, encoding, settings.outboxSize(),
                delivery.writers());
        socket.ledger().holdAll();
        try {
            delivery.register(socket);
            Map<UUID, Long> lastSeqs = rooms.lastSeqsOf(credential.actor());
            delivery.loaded(socket, lastSeqs);
            socket.reply(encoding.connected(socketId));
            delivery.announce(socket);
            return socket;
        } catch (ParleyException e) {
            delivery.detach(socket);
            refuse(engine, e.detail());
            return null;
        } finally {
            socket.ledger().releaseAll();
        }
    }

    void disconnect(ChatSocket socket) {
        socket.closed();
        delivery.detach(socket);
    }

    private void refuse(EngineSession engine, String message) {
        engine.send(encoding.connectError(ConduitEncoding.NAMESPACE, message));
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
        return trimmed.regionMatches(true, 0, "Bearer ", 0, 7) ? trimmed.substring(7).trim() : trimmed;
    }
}
