package dev.parley.server.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.protocol.ws.AckFrame;
import dev.parley.server.protocol.EventFrames;
import dev.parley.server.protocol.WireMapper;

/**
 * The JSON text of every server frame; one mapper, the same as the REST API's. The frames are
 * the records of {@code dev.parley.protocol.ws}, built by {@code dev.parley.server.protocol}.
 */
final class Frames {
    private final ObjectMapper mapper;

    Frames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The frame of a room event. */
    Outbound roomEvent(Event.RoomEvent event) {
        String json = write(EventFrames.of(event));
        return event instanceof Event.MessagePosted posted
                ? Outbound.messageNew(posted.message(), json)
                : Outbound.roomEvent(event.roomId(), json);
    }

    String ack(String ref, Message message) {
        return write(AckFrame.of(ref, WireMapper.message(message)));
    }

    String replayed(Message message, long lastSeq) {
        return write(EventFrames.replayed(message, lastSeq));
    }

    String write(Object frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frames are records of serializable values", e);
        }
    }
}
