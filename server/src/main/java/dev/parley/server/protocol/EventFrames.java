package dev.parley.server.protocol;

import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.message.RoomReplay;
import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.InvitationEvent;
import dev.parley.protocol.ws.MemberChangedEvent;
import dev.parley.protocol.ws.MemberRemovedEvent;
import dev.parley.protocol.ws.MemberRestrictedEvent;
import dev.parley.protocol.ws.RoomFrozenEvent;
import dev.parley.protocol.ws.MessageDeltaEvent;
import dev.parley.protocol.ws.MessageEvent;
import dev.parley.protocol.ws.PermissionsChangedEvent;
import dev.parley.protocol.ws.AppearanceChangedEvent;
import dev.parley.protocol.ws.PresenceEvent;
import dev.parley.protocol.ws.PresenceStatus;
import dev.parley.protocol.ws.ReactionEvent;
import dev.parley.protocol.ws.ReadEvent;
import dev.parley.protocol.ws.RoomChangedEvent;
import dev.parley.protocol.ws.RoomDeletedEvent;
import dev.parley.protocol.ws.ServerFrame;
import dev.parley.protocol.ws.StopRequestedEvent;
import dev.parley.protocol.ws.TypingEvent;
import dev.parley.protocol.ws.RoleChangedEvent;
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
            case Event.MessagePosted posted -> message(MessageEvent.NEW, posted.message(), last, null);
            case Event.MessageEdited edited -> message(MessageEvent.UPDATED, edited.message(), last, edited.change());
            case Event.MessageDeleted deleted ->
                    message(MessageEvent.DELETED, deleted.message(), last, deleted.change());
            case Event.MessageDelta delta ->
                    new MessageDeltaEvent(room, last, delta.messageId(), delta.seq(), delta.offset(), delta.append());
            case Event.StreamStopRequested stop ->
                    new StopRequestedEvent(room, last, stop.messageId(), stop.seq(), stop.authorId(), stop.requestedBy());
            case Event.ReactionChanged r -> new ReactionEvent(r.added() ? ReactionEvent.ADDED : ReactionEvent.REMOVED,
                    room, last, r.messageId(), r.userId(), r.emoji(), WireMapper.reactions(r.reactions()), r.change());
            case Event.RoomCreated created -> new RoomChangedEvent(RoomChangedEvent.CREATED, room, last,
                    WireMapper.room(created.room()), created.change(),
                    created.members().stream().map(WireMapper::member).toList());
            case Event.RoomUpdated updated -> new RoomChangedEvent(RoomChangedEvent.UPDATED, room, last,
                    WireMapper.room(updated.room()), updated.change(), null);
            case Event.RoomDeleted ignored -> new RoomDeletedEvent(room, last);
            case Event.MemberAdded added -> new MemberChangedEvent(MemberChangedEvent.ADDED, room, last,
                    WireMapper.member(added.member(), added.user()),
                    added.room() == null ? null : WireMapper.room(added.room()), added.change());
            case Event.MemberUpdated changed -> new MemberChangedEvent(MemberChangedEvent.UPDATED, room, last,
                    WireMapper.member(changed.member(), changed.user()), null, changed.change());
            case Event.MemberRemoved removed -> new MemberRemovedEvent(room, last, removed.userId(), removed.change());
            case Event.ReadMarkMoved read -> new ReadEvent(room, last, read.userId(), read.readSeq());
            case Event.MemberRestricted r -> new MemberRestrictedEvent(restrictionType(r), room, last, r.userId(),
                    r.reason(), r.expiresAt(), r.change());
            case Event.RoomFrozen frozen -> new RoomFrozenEvent(room, last, frozen.frozen(), frozen.change());
            case Event.Typing typing -> new TypingEvent(room, last, typing.userId(), TypingService.EXPIRES.toMillis());
            case Event.CallUpdated updated -> CallWire.updated(updated);
        };
    }

    /** A {@code message.new} of a replayed message, carrying the room's {@code lastSeq} at the replay. */
    public static MessageEvent replayed(Message message, long lastSeq) {
        return message(MessageEvent.NEW, message, lastSeq, null);
    }

    /**
     * The {@code member.added} about the user themselves, with the room, for a room joined while
     * away; its {@code change} is the room's position now, which the room as sent reflects.
     */
    public static MemberChangedEvent joined(RoomReplay replay) {
        var summary = replay.joined();
        return new MemberChangedEvent(MemberChangedEvent.ADDED, summary.room().id(), summary.room().lastSeq(),
                WireMapper.member(replay.membership(), null), WireMapper.room(summary), summary.room().lastChange());
    }

    public static InvitationEvent invitation(Event.InvitationChanged changed) {
        return new InvitationEvent(WireMapper.invitation(changed.invitation()));
    }

    public static PresenceEvent presence(Event.PresenceChanged changed) {
        return new PresenceEvent(changed.userId(), changed.online() ? PresenceStatus.ONLINE : PresenceStatus.OFFLINE);
    }

    public static PermissionsChangedEvent permissionsChanged(Event.GrantsChanged changed) {
        return new PermissionsChangedEvent(changed.version());
    }

    /** {@code role.changed}: the user's app role, to their own sessions. */
    public static RoleChangedEvent roleChanged(Event.UserUpdated updated) {
        return new RoleChangedEvent(WireMapper.appRole(updated.user().role()));
    }

    public static AppearanceChangedEvent appearanceChanged(Event.AppearanceChanged changed) {
        return new AppearanceChangedEvent(changed.version(), changed.clientType());
    }

    private static String restrictionType(Event.MemberRestricted r) {
        boolean ban = "ban".equals(r.kind());
        if (r.active()) {
            return ban ? MemberRestrictedEvent.BANNED : MemberRestrictedEvent.MUTED;
        }
        return ban ? MemberRestrictedEvent.UNBANNED : MemberRestrictedEvent.UNMUTED;
    }

    /** {@code user.updated}: what others see of a user changed (name, avatar). */
    public static UserUpdatedEvent profile(Event.ProfileChanged changed) {
        return new UserUpdatedEvent(WireMapper.card(changed.user()));
    }

    private static MessageEvent message(String type, Message message, long lastSeq, Long change) {
        return new MessageEvent(type, message.roomId(), lastSeq, message.seq(), WireMapper.message(message), change);
    }
}
