package dev.parley.core.event;

import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happens, published after commit. The bus, the WebSocket frames and the
 * webhooks all carry these. Room events carry the room's {@code lastSeq} at the time, so a
 * client sees a gap the moment it happens.
 */
public sealed interface Event {

    /** An event about one room, delivered to its members. */
    sealed interface RoomEvent extends Event {
        UUID roomId();

        long lastSeq();
    }

    /**
     * A durable change to a room other than a new message: it takes the room's next
     * {@code change} number (1, 2, 3 … per room, beside the message {@code seq}) in the
     * transaction that makes it, and is kept in the room's change log, so a client or a node
     * that missed it gets it again, in order ({@code core/change}). Services record it with
     * {@code change == 0}; the {@link dev.parley.core.store.Transactor} numbers it before the
     * commit ({@link #numbered}).
     */
    sealed interface RoomChange extends RoomEvent {
        /** The room's change number; 0 until the transaction recording it numbered it. */
        long change();

        /** This change with its number, and the room's exact last seq when it was made. */
        RoomChange numbered(long change, long lastSeq);
    }

    record MessagePosted(Message message) implements RoomEvent {
        public UUID roomId() {
            return message.roomId();
        }

        public long lastSeq() {
            return message.seq();
        }
    }

    record MessageEdited(Message message, long lastSeq, long change) implements RoomChange {
        public MessageEdited(Message message, long lastSeq) {
            this(message, lastSeq, 0);
        }

        public UUID roomId() {
            return message.roomId();
        }

        public MessageEdited numbered(long change, long lastSeq) {
            return new MessageEdited(message, lastSeq, change);
        }
    }

    record MessageDeleted(Message message, long lastSeq, long change) implements RoomChange {
        public MessageDeleted(Message message, long lastSeq) {
            this(message, lastSeq, 0);
        }

        public UUID roomId() {
            return message.roomId();
        }

        public MessageDeleted numbered(long change, long lastSeq) {
            return new MessageDeleted(message, lastSeq, change);
        }
    }

    record ReactionChanged(UUID roomId, long lastSeq, UUID messageId, String userId, String emoji, boolean added,
            List<Reaction> reactions, long change) implements RoomChange {
        public ReactionChanged(UUID roomId, long lastSeq, UUID messageId, String userId, String emoji, boolean added,
                List<Reaction> reactions) {
            this(roomId, lastSeq, messageId, userId, emoji, added, reactions, 0);
        }

        public ReactionChanged numbered(long change, long lastSeq) {
            return new ReactionChanged(roomId, lastSeq, messageId, userId, emoji, added, reactions, change);
        }
    }

    /**
     * A room was made with {@code memberIds} in it. {@code members} are their memberships with
     * their cards, so a client lists who is in a room it was just put in; a direct room's peer
     * is the member who is not the reader.
     */
    record RoomCreated(Room room, List<String> memberIds, List<dev.parley.core.room.MemberView> members, long change)
            implements RoomChange {
        public RoomCreated(Room room, List<String> memberIds, List<dev.parley.core.room.MemberView> members) {
            this(room, memberIds, members, 0);
        }

        public UUID roomId() {
            return room.id();
        }

        public long lastSeq() {
            return room.lastSeq();
        }

        public RoomCreated numbered(long change, long lastSeq) {
            return new RoomCreated(room.at(lastSeq, change), memberIds, members, change);
        }
    }

    record RoomUpdated(Room room, long change) implements RoomChange {
        public RoomUpdated(Room room) {
            this(room, 0);
        }

        public UUID roomId() {
            return room.id();
        }

        public long lastSeq() {
            return room.lastSeq();
        }

        public RoomUpdated numbered(long change, long lastSeq) {
            return new RoomUpdated(room.at(lastSeq, change), change);
        }
    }

    /** Sent to the members the room had when it was deleted. */
    record RoomDeleted(UUID roomId, long lastSeq, List<String> formerMemberIds) implements RoomEvent {
    }

    /**
     * A user joined or was added: {@code user} is their card; {@code room} is the room as the
     * newcomer sees it (their role, unread count, last message), for the newcomer's own
     * sessions, which did not know it.
     */
    record MemberAdded(Member member, long lastSeq, dev.parley.core.user.UserCard user,
            dev.parley.core.room.RoomSummary room, long change) implements RoomChange {
        public MemberAdded(Member member, long lastSeq, dev.parley.core.user.UserCard user,
                dev.parley.core.room.RoomSummary room) {
            this(member, lastSeq, user, room, 0);
        }

        public UUID roomId() {
            return member.roomId();
        }

        public MemberAdded numbered(long change, long lastSeq) {
            return new MemberAdded(member, lastSeq, user, room == null ? null : room.at(lastSeq, change), change);
        }
    }

    /** Delivered to the room's remaining members and to the removed user, then nothing more. */
    record MemberRemoved(UUID roomId, long lastSeq, String userId, long change) implements RoomChange {
        public MemberRemoved(UUID roomId, long lastSeq, String userId) {
            this(roomId, lastSeq, userId, 0);
        }

        public MemberRemoved numbered(long change, long lastSeq) {
            return new MemberRemoved(roomId, lastSeq, userId, change);
        }
    }

    /**
     * A member's role changed, or a member of a direct room hid it (left it: {@code member.hidden})
     * or opened it again; {@code user} is their card.
     */
    record MemberUpdated(Member member, long lastSeq, dev.parley.core.user.UserCard user, long change)
            implements RoomChange {
        public MemberUpdated(Member member, long lastSeq, dev.parley.core.user.UserCard user) {
            this(member, lastSeq, user, 0);
        }

        public UUID roomId() {
            return member.roomId();
        }

        public MemberUpdated numbered(long change, long lastSeq) {
            return new MemberUpdated(member, lastSeq, user, change);
        }
    }

    /**
     * A member was banned or muted ({@code active}, with reason and end), or that was lifted: a
     * change of the room, in its change log, so a client that missed it gets it again.
     */
    record MemberRestricted(UUID roomId, long lastSeq, String userId, String kind, boolean active, String reason,
            java.time.Instant expiresAt, long change) implements RoomChange {
        public MemberRestricted(UUID roomId, long lastSeq, String userId, String kind, boolean active, String reason,
                java.time.Instant expiresAt) {
            this(roomId, lastSeq, userId, kind, active, reason, expiresAt, 0);
        }

        public MemberRestricted numbered(long change, long lastSeq) {
            return new MemberRestricted(roomId, lastSeq, userId, kind, active, reason, expiresAt, change);
        }
    }

    /** The room was frozen (only its moderators post) or thawed: a change of the room, in its change log. */
    record RoomFrozen(UUID roomId, long lastSeq, boolean frozen, long change) implements RoomChange {
        public RoomFrozen(UUID roomId, long lastSeq, boolean frozen) {
            this(roomId, lastSeq, frozen, 0);
        }

        public RoomFrozen numbered(long change, long lastSeq) {
            return new RoomFrozen(roomId, lastSeq, frozen, change);
        }
    }

    record ReadMarkMoved(UUID roomId, long lastSeq, String userId, long readSeq) implements RoomEvent {
    }

    /**
     * A call started, rang, was answered, changed or ended: told to the members of its room, and
     * kept in its change log, so a client that was away while it rang gets the call's state again.
     */
    record CallUpdated(dev.parley.core.call.Call call, long lastSeq, long change) implements RoomChange {
        public CallUpdated(dev.parley.core.call.Call call, long lastSeq) {
            this(call, lastSeq, 0);
        }

        public UUID roomId() {
            return call.roomId();
        }

        public CallUpdated numbered(long change, long lastSeq) {
            return new CallUpdated(call, lastSeq, change);
        }
    }

    /**
     * A WebRTC offer, answer or ICE candidate from one participant's session to another's,
     * relayed to that one session wherever it is connected; never stored. {@code payload} is
     * the client's JSON, verbatim.
     */
    record CallSignal(UUID callId, String toUserId, String toSessionId, String fromUserId, String fromSessionId,
            String kind, String payload) implements Event {
    }

    /** A member is typing in a room: relayed to the others, never stored. */
    record Typing(UUID roomId, long lastSeq, String userId) implements RoomEvent {
    }

    /**
     * Text its author appended to a streaming message, coalesced (several appends in one):
     * {@code append} starts at {@code offset} (UTF-16 code units, as JavaScript counts) of the
     * message's text. Relayed to the room's members, never stored as an event (the text is).
     */
    record MessageDelta(UUID roomId, long lastSeq, UUID messageId, long seq, int offset, String append)
            implements RoomEvent {
    }

    /** A member asked the author of a streaming message (a bot) to stop it. */
    record StreamStopRequested(UUID roomId, long lastSeq, UUID messageId, long seq, String authorId,
            String requestedBy) implements RoomEvent {
    }

    /**
     * A user came online (first session anywhere) or went offline (last session gone, after a
     * grace period, or their node died); told to the members of {@code rooms}.
     */
    record PresenceChanged(String userId, boolean online, java.util.Set<UUID> rooms) implements Event {
    }

    /**
     * An invitation to a room was made, accepted, declined or cancelled: told to its two sides,
     * the inviter and the invitee (who is not in the room, so this is no room event).
     */
    record InvitationChanged(dev.parley.core.invitation.Invitation invitation) implements Event {
    }

    /** A user's profile or role changed (or the user was reactivated). */
    record UserUpdated(dev.parley.core.user.User user) implements Event {
    }

    /**
     * What others see of a user (name, avatar) changed; told to the user's own sessions and to
     * the members of {@code rooms}, the rooms the user is in.
     */
    record ProfileChanged(dev.parley.core.user.UserCard user, java.util.Set<UUID> rooms) implements Event {
    }

    /** A user was deactivated: their sessions end. */
    record UserDeactivated(String userId) implements Event {
    }

    /** All of a user's tokens issued before {@code validFromEpochSecond} were revoked. */
    record TokensRevoked(String userId, long validFromEpochSecond) implements Event {
    }

    /** One token was revoked (logout): sessions authenticated with it end. */
    record TokenRevoked(String userId, String tokenHash) implements Event {
    }

    /**
     * The grants document was replaced (stored at {@code version}): every node reloads it, and
     * clients fetch their capabilities again.
     */
    record GrantsChanged(long version) implements Event {
    }

    /**
     * An admin replaced the appearance (theme, features) of {@code clientType}; everything stored
     * is now at {@code version}: every node reloads it, and clients fetch their configuration again.
     */
    record AppearanceChanged(long version, String clientType) implements Event {
    }
}
