package dev.parley.server.protocol;

import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.message.RoomReplay;
import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.MemberChangedEvent;
import dev.parley.protocol.ws.MemberRemovedEvent;
import dev.parley.protocol.ws.MessageEvent;
import dev.parley.protocol.ws.PresenceEvent;
import dev.parley.protocol.ws.PresenceStatus;
import dev.parley.protocol.ws.ReactionEvent;
import dev.parley.protocol.ws.ReadEvent;
import dev.parley.protocol.ws.RoomChangedEvent;
import dev.parley.protocol.ws.RoomDeletedEvent;
import dev.parley.protocol.ws.ServerFrame;
import dev.parley.protocol.ws.TypingEvent;
import dev.parley.protocol.ws.UserUpdatedEvent;
import java.util.UUID;

/** Domain events to the WebSocket frames that tell clients about them. */
public final class EventFrames {
    private EventFrames() {
    }

    /** The frame of a room event. */
    public static ServerFrame of(Event.RoomEvent event) {
        UUID room = event.roomId();
        long last = event.lastSeq();
        return switch (event) {
            case Event.MessagePosted posted -> message(MessageEvent.NEW, posted.message(), last);
            case Event.MessageEdited edited -> message(MessageEvent.UPDATED, edited.message(), last);
            case Event.MessageDeleted deleted -> message(MessageEvent.DELETED, deleted.message(), last);
            case Event.ReactionChanged r -> new ReactionEvent(r.added() ? ReactionEvent.ADDED : ReactionEvent.REMOVED,
                    room, last, r.messageId(), r.userId(), r.emoji(), WireMapper.reactions(r.reactions()));
            case Event.RoomCreated created ->
                    new RoomChangedEvent(RoomChangedEvent.CREATED, room, last, WireMapper.room(created.room()));
            case Event.RoomUpdated updated ->
                    new RoomChangedEvent(RoomChangedEvent.UPDATED, room, last, WireMapper.room(updated.room()));
            case Event.RoomDeleted ignored -> new RoomDeletedEvent(room, last);
            case Event.MemberAdded added ->
                    new MemberChangedEvent(MemberChangedEvent.ADDED, room, last, WireMapper.member(added.member()), null);
            case Event.MemberRoleChanged changed -> new MemberChangedEvent(MemberChangedEvent.UPDATED, room, last,
                    WireMapper.member(changed.member()), null);
            case Event.MemberRemoved removed -> new MemberRemovedEvent(room, last, removed.userId());
            case Event.ReadMarkMoved read -> new ReadEvent(room, last, read.userId(), read.readSeq());
            case Event.Typing typing -> new TypingEvent(room, last, typing.userId(), TypingService.EXPIRES.toMillis());
        };
    }

    /** A {@code message.new} of a replayed message, carrying the room's {@code lastSeq} at the replay. */
    public static MessageEvent replayed(Message message, long lastSeq) {
        return message(MessageEvent.NEW, message, lastSeq);
    }

    /** The {@code member.added} about the user themselves, with the room, for a room joined while away. */
    public static MemberChangedEvent joined(RoomReplay replay) {
        var summary = replay.joined();
        return new MemberChangedEvent(MemberChangedEvent.ADDED, summary.room().id(), summary.room().lastSeq(),
                WireMapper.member(replay.membership()), WireMapper.room(summary));
    }

    public static PresenceEvent presence(Event.PresenceChanged changed) {
        return new PresenceEvent(changed.userId(), changed.online() ? PresenceStatus.ONLINE : PresenceStatus.OFFLINE);
    }

    /** {@code user.updated}: what others see of a user changed (name, avatar). */
    public static UserUpdatedEvent profile(Event.ProfileChanged changed) {
        return new UserUpdatedEvent(WireMapper.card(changed.user()));
    }

    private static MessageEvent message(String type, Message message, long lastSeq) {
        return new MessageEvent(type, message.roomId(), lastSeq, message.seq(), WireMapper.message(message));
    }
}
