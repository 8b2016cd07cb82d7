package dev.parley.server.compat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.core.invitation.Invitation;
import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The documents of the Conduit chat module, built from Parley's records. */
final class ConduitViews {
    private ConduitViews() {
    }

    /** A {@code ChatRoom}: its participants are the room's members; {@code creator} is who created it. */
    record ChatRoom(@JsonProperty("_id") UUID id, String name, List<String> participants, String creator,
            Instant createdAt, Instant updatedAt) {
        static ChatRoom of(Room room, Collection<Member> members) {
            return new ChatRoom(room.id(), room.name(), members.stream().map(Member::userId).toList(), room.createdBy(),
                    room.createdAt(), room.updatedAt());
        }
    }

    /** A {@code ChatMessage}: {@code readBy} lists the members whose read mark reached it. */
    record ChatMessage(@JsonProperty("_id") UUID id, String message, String senderUser, UUID room,
            List<String> readBy, long seq, Instant createdAt, Instant updatedAt) {
        static ChatMessage of(Message message, Collection<Member> members) {
            List<String> readBy = members.stream().filter(member -> member.lastReadSeq() >= message.seq())
                    .map(Member::userId).toList();
            Instant updated = message.editedAt() != null ? message.editedAt() : message.createdAt();
            return new ChatMessage(message.id(), message.text(), message.userId(), message.roomId(), readBy,
                    message.seq(), message.createdAt(), updated);
        }
    }

    record CreatedRoom(UUID roomId) {
    }

    record Rooms(List<ChatRoom> rooms, long count) {
    }

    record Messages(List<ChatMessage> messages, long count) {
    }

    /** A received {@code InvitationToken} as Conduit lists it: who sent it, to which room. */
    record ReceivedInvitation(@JsonProperty("_id") UUID id, UUID room, String sender, Instant createdAt,
            Instant updatedAt) {
        static ReceivedInvitation of(Invitation invitation) {
            return new ReceivedInvitation(invitation.id(), invitation.roomId(), invitation.inviterId(),
                    invitation.createdAt(), invitation.createdAt());
        }
    }

    /** A sent {@code InvitationToken} as Conduit lists it: to whom, to which room. */
    record SentInvitation(@JsonProperty("_id") UUID id, UUID room, String receiver, Instant createdAt,
            Instant updatedAt) {
        static SentInvitation of(Invitation invitation) {
            return new SentInvitation(invitation.id(), invitation.roomId(), invitation.inviteeId(),
                    invitation.createdAt(), invitation.createdAt());
        }
    }

    record Invitations(List<?> invitations, long count) {
    }

    /** What Conduit answers with a plain string: {@code {result: "…"}}. */
    record Result(String result) {
    }
}
