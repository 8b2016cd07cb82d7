package dev.parley.server.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.protocol.ws.AckFrame;
import dev.parley.server.delivery.Encoding;
import dev.parley.server.protocol.CallWire;
import dev.parley.server.protocol.EventFrames;
import dev.parley.server.protocol.WireMapper;

/**
 * The JSON text of every server frame of the native WebSocket protocol; one mapper, the same
 * as the REST API's. The frames are the records of {@code dev.parley.protocol.ws}, built by
 * {@code dev.parley.server.protocol}. As the {@link Encoding} of deliveries, it writes each
 * event once for all native sessions.
 */
final class Frames implements Encoding<String> {
    private final ObjectMapper mapper;
    private final ReplayFrameCache replays;

    Frames(ObjectMapper mapper, ReplayFrameCache replays) {
        this.mapper = mapper;
        this.replays = replays;
    }

    /** The frame of an event delivered to sessions: a room event, a presence or a profile change, new grants, a changed app role, an invitation, a call signal. */
    @Override
    public String encode(Event event) {
        return switch (event) {
            case Event.MessagePosted posted -> posted(posted);
            case Event.RoomEvent roomEvent -> write(EventFrames.of(roomEvent));
            case Event.PresenceChanged changed -> write(EventFrames.presence(changed));
            case Event.GrantsChanged changed -> write(EventFrames.permissionsChanged(changed));
            case Event.AppearanceChanged changed -> write(EventFrames.appearanceChanged(changed));
            case Event.ProfileChanged changed -> write(EventFrames.profile(changed));
            case Event.UserUpdated updated -> write(EventFrames.roleChanged(updated));
            case Event.InvitationChanged changed -> write(EventFrames.invitation(changed));
            case Event.CallSignal signal -> write(CallWire.signal(signal));
            default -> throw new IllegalArgumentException("not delivered to sessions: " + event.getClass().getSimpleName());
        };
    }

    /** The ack of a send; {@code ref} is the client's correlation string, or null. */
    String ack(Object ref, Message message) {
        return write(AckFrame.of((String) ref, WireMapper.message(message)));
    }

    /** A new message's live frame, kept for the replays that follow a shed or a reconnect. */
    private String posted(Event.MessagePosted posted) {
        String frame = write(EventFrames.of(posted));
        replays.putLive(posted.message(), posted.lastSeq(), frame);
        return frame;
    }

    /** A replayed message as it is now, with the room's {@code lastSeq} at the replay; its JSON written once per node. */
    String replayed(Message message, long lastSeq) {
        return replays.message(message, lastSeq, () -> write(WireMapper.message(message)));
    }

    /** A replayed change: the frame of a numbered change, written once per node. */
    String replayed(Event.RoomChange change) {
        return replays.change(change.roomId(), change.change(), () -> encode(change));
    }

    String write(Object frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frames are records of serializable values", e);
        }
    }
}
