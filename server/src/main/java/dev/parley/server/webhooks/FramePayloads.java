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
        if (event instanceof Event.InvitationChanged changed) {
            // for the host to e-mail or notify the invitee (what Conduit's sendInvitations does itself)
            return Optional.of(payload(EventFrames.invitation(changed), changed.invitation().roomId().toString()));
        }
        if (!(event instanceof Event.RoomEvent roomEvent) || event instanceof Event.Typing
                || event instanceof Event.MessageDelta) {
            return Optional.empty();
        }
        return Optional.of(payload(EventFrames.of(roomEvent), roomEvent.roomId().toString()));
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
