package dev.parley.server.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.webhook.EventPayloads;
import dev.parley.server.delivery.Encoding;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook payloads in the WebSocket protocol's words: {@code data} is the very frame a native
 * session receives for the event, {@code type} its type. One event vocabulary for every consumer.
 */
public final class FramePayloads implements EventPayloads {
    private final Encoding<String> frames;
    private final ObjectMapper mapper;

    public FramePayloads(Encoding<String> frames, ObjectMapper mapper) {
        this.frames = frames;
        this.mapper = mapper;
    }

    @Override
    public Optional<Payload> of(Event event) {
        if (!(event instanceof Event.RoomEvent roomEvent) || event instanceof Event.Typing) {
            return Optional.empty();
        }
        String data = frames.encode(event);
        try {
            String type = mapper.readTree(data).path("type").asText();
            return Optional.of(new Payload(type, roomEvent.roomId().toString(), data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frame is JSON", e);
        }
    }

    @Override
    public String body(UUID id, Payload payload, Instant createdAt) {
        // The ids, type and time are plain tokens; data is JSON already.
        return "{\"id\":\"" + id + "\",\"type\":\"" + payload.type() + "\",\"createdAt\":\"" + createdAt
                + "\",\"data\":" + payload.data() + "}";
    }
}
