package dev.parley.server.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.webhook.EventPayloads;
import dev.parley.protocol.ws.ServerFrame;
import dev.parley.server.protocol.EventFrames;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook payloads in the WebSocket protocol's words: {@code data} is the very frame a native
 * session receives for the event ({@link EventFrames}), {@code type} its type. One event
 * vocabulary for every consumer.
 */
public final class FramePayloads implements EventPayloads {
    private final ObjectMapper mapper;

    public FramePayloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Payload> of(Event event) {
        return frameOf(event).map(frame -> payload(frame, roomKey(event)));
    }

    @Override
    public Optional<Route> route(Event event) {
        return frameOf(event).map(frame -> new Route(frame.type(), roomKey(event)));
    }

    private static Optional<ServerFrame> frameOf(Event event) {
        if (event instanceof Event.InvitationChanged changed) {
            // for the host to e-mail or notify the invitee (what Conduit's sendInvitations does itself)
            return Optional.<ServerFrame>of(EventFrames.invitation(changed));
        }
        if (!(event instanceof Event.RoomEvent roomEvent) || event instanceof Event.Typing
                || event instanceof Event.MessageDelta) {
            return Optional.empty();
        }
        return Optional.of(EventFrames.of(roomEvent));
    }

    private static String roomKey(Event event) {
        return event instanceof Event.InvitationChanged changed ? changed.invitation().roomId().toString()
                : ((Event.RoomEvent) event).roomId().toString();
    }

    private Payload payload(ServerFrame frame, String roomKey) {
        try {
            return new Payload(frame.type(), roomKey, mapper.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("wire records are serializable", e);
        }
    }

    @Override
    public String body(UUID id, Payload payload, Instant createdAt) {
        // The ids, type and time are plain tokens; data is JSON already.
        return "{\"id\":\"" + id + "\",\"type\":\"" + payload.type() + "\",\"createdAt\":\"" + createdAt
                + "\",\"data\":" + payload.data() + "}";
    }
}
