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

    record MessagePosted(Message message) implements RoomEvent {
        public UUID roomId() {
            return message.roomId();
        }

        public long lastSeq() {
            return message.seq();
        }
    }

    record MessageEdited(Message message, long lastSeq) implements RoomEvent {
        public UUID roomId() {
            return message.roomId();
        }
    }

    record MessageDeleted(Message message, long lastSeq) implements RoomEvent {
        public UUID roomId() {
            return message.roomId();
        }
    }

    record ReactionChanged(UUID roomId, long lastSeq, UUID messageId, String userId, String emoji, boolean added,
            List<Reaction> reactions) implements RoomEvent {
    }

    record RoomCreated(Room room, List<String> memberIds) implements RoomEvent {
        public UUID roomId() {
            return room.id();
        }

        public long lastSeq() {
            return room.lastSeq();
        }
    }

    record RoomUpdated(Room room) implements RoomEvent {
        public UUID roomId() {
            return room.id();
        }

        public long lastSeq() {
            return room.lastSeq();
        }
    }

    /** Sent to the members the room had when it was deleted. */
    record RoomDeleted(UUID roomId, long lastSeq, List<String> formerMemberIds) implements RoomEvent {
    }

    record MemberAdded(Member member, long lastSeq) implements RoomEvent {
        public UUID roomId() {
            return member.roomId();
        }
    }

    /** Delivered to the room's remaining members and to the removed user, then nothing more. */
    record MemberRemoved(UUID roomId, long lastSeq, String userId) implements RoomEvent {
    }

    record MemberRoleChanged(Member member, long lastSeq) implements RoomEvent {
        public UUID roomId() {
            return member.roomId();
        }
    }

    record ReadMarkMoved(UUID roomId, long lastSeq, String userId, long readSeq) implements RoomEvent {
    }

    /** A member is typing in a room: relayed to the others, never stored. */
    record Typing(UUID roomId, long lastSeq, String userId) implements RoomEvent {
    }

    /**
     * A user came online (first session anywhere) or went offline (last session gone, after a
     * grace period, or their node died); told to the members of {@code rooms}.
     */
    record PresenceChanged(String userId, boolean online, java.util.Set<UUID> rooms) implements Event {
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
}
