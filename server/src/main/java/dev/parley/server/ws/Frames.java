package dev.parley.server.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.read.ReadMark;
import dev.parley.core.room.Room;
import dev.parley.core.typing.TypingService;
import dev.parley.server.delivery.Encoding;
import dev.parley.server.http.Views;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The JSON text of every server frame of the native WebSocket protocol; one mapper, the same
 * as the REST API's. As the {@link Encoding} of deliveries, it writes each event once for all
 * native sessions.
 */
final class Frames implements Encoding<String> {
    private final ObjectMapper mapper;

    Frames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    record MessageFrame(String type, UUID roomId, long lastSeq, long seq, Message message) {
    }

    record ReactionFrame(String type, UUID roomId, long lastSeq, UUID messageId, String userId, String emoji,
            List<Reaction> reactions) {
    }

    record RoomFrame(String type, UUID roomId, long lastSeq, Room room) {
    }

    record RoomGoneFrame(String type, UUID roomId, long lastSeq) {
    }

    record MemberFrame(String type, UUID roomId, long lastSeq, Views.MemberJson member) {
    }

    record JoinedFrame(String type, UUID roomId, long lastSeq, Views.MemberJson member, Views.RoomJson room) {
    }

    record MemberRemovedFrame(String type, UUID roomId, long lastSeq, String userId) {
    }

    record ReadFrame(String type, UUID roomId, long lastSeq, String userId, long seq) {
    }

    record TypingFrame(String type, UUID roomId, long lastSeq, String userId, long expiresInMs) {
    }

    record PresenceFrame(String type, String userId, String status) {
    }

    record PresenceSnapshotFrame(String type, Collection<String> online) {
    }

    record ReadyFrame(String type, String userId, String sessionId, int replayLimit, long typingTtlMs) {
    }

    record AckFrame(String type, String ref, Message message, ReadMark read) {
    }

    record ErrorFrame(String type, String ref, String code, String detail) {
    }

    record PongFrame(String type, String ref) {
    }

    record SyncErrorFrame(String type, String roomId, String code) {
    }

    record SyncGapFrame(String type, String roomId, long fromSeq, long toSeq) {
    }

    record TypeOnlyFrame(String type) {
    }

    /** The frame of an event delivered to sessions: a room event or a presence change. */
    @Override
    public String encode(Event event) {
        return switch (event) {
            case Event.RoomEvent roomEvent -> write(roomFrame(roomEvent));
            case Event.PresenceChanged changed ->
                    write(new PresenceFrame("presence", changed.userId(), changed.online() ? "online" : "offline"));
            default -> throw new IllegalArgumentException("not delivered to sessions: " + event.getClass().getSimpleName());
        };
    }

    private static Object roomFrame(Event.RoomEvent event) {
        UUID room = event.roomId();
        long last = event.lastSeq();
        return switch (event) {
            case Event.MessagePosted posted ->
                    new MessageFrame("message.new", room, last, posted.message().seq(), posted.message());
            case Event.MessageEdited edited ->
                    new MessageFrame("message.updated", room, last, edited.message().seq(), edited.message());
            case Event.MessageDeleted deleted ->
                    new MessageFrame("message.deleted", room, last, deleted.message().seq(), deleted.message());
            case Event.ReactionChanged r -> new ReactionFrame(r.added() ? "reaction.added" : "reaction.removed", room,
                    last, r.messageId(), r.userId(), r.emoji(), r.reactions());
            case Event.RoomCreated created -> new RoomFrame("room.created", room, last, created.room());
            case Event.RoomUpdated updated -> new RoomFrame("room.updated", room, last, updated.room());
            case Event.RoomDeleted ignored -> new RoomGoneFrame("room.deleted", room, last);
            case Event.MemberAdded added ->
                    new MemberFrame("member.added", room, last, Views.MemberJson.of(added.member()));
            case Event.MemberRoleChanged changed ->
                    new MemberFrame("member.updated", room, last, Views.MemberJson.of(changed.member()));
            case Event.MemberRemoved removed -> new MemberRemovedFrame("member.removed", room, last, removed.userId());
            case Event.ReadMarkMoved read -> new ReadFrame("read", room, last, read.userId(), read.readSeq());
            case Event.Typing typing ->
                    new TypingFrame("typing", room, last, typing.userId(), TypingService.EXPIRES.toMillis());
        };
    }

    /** The ack of a send; {@code ref} is the client's correlation string, or null. */
    String ack(Object ref, Message message) {
        return write(new AckFrame("ack", (String) ref, message, null));
    }

    String replayed(Message message, long lastSeq) {
        return write(new MessageFrame("message.new", message.roomId(), lastSeq, message.seq(), message));
    }

    String write(Object frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frames are records of serializable values", e);
        }
    }
}
