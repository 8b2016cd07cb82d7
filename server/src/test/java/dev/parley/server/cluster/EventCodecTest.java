package dev.parley.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.event.Event;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every event crosses the bus unchanged. */
class EventCodecTest {
    private final EventCodec codec = new EventCodec();
    private final UUID roomId = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-22T01:02:03.456Z");

    @Test
    void every_event_type_round_trips_in_one_batch() {
        Message message = new Message(UUID.randomUUID(), roomId, 7, "ana", "hi <b>", UUID.randomUUID(),
                List.of(new Attachment("file", "https://x/y.pdf", "y.pdf", "application/pdf", 12L),
                        dev.parley.core.message.AttachedFile.of(new dev.parley.core.file.StoredFile(UUID.randomUUID(),
                                roomId, "ana", "cat.png", 2048, "image/png", dev.parley.core.file.FileKind.IMAGE, 640,
                                480, null, true, null, now))), "c-1", now, now,
                null, List.of(new Reaction("👍", 2, List.of("ana", "bo"))),
                new dev.parley.core.message.Mentions(List.of("bo"), true));
        Room room = new Room(roomId, RoomType.GROUP, "Team", "topic", null, new JsonText("{\"a\":[1,2]}"), "ana", now,
                now, 7, now, 3, 2);
        Member member = new Member(roomId, "bo", MemberRole.MODERATOR, 5, false, now);
        List<Event> events = List.of(
                new Event.MessagePosted(message),
                new Event.MessageEdited(message, 7),
                new Event.MessageDeleted(message, 7),
                new Event.ReactionChanged(roomId, 7, message.id(), "bo", "👍", true, message.reactions()),
                new Event.RoomCreated(room, List.of("ana", "bo"), List.of(new dev.parley.core.room.MemberView(member,
                        new dev.parley.core.user.UserCard("bo", "Bo", null))), 1),
                new Event.RoomUpdated(room),
                new Event.RoomDeleted(roomId, 7, List.of("ana")),
                new Event.MemberAdded(member, 7, new dev.parley.core.user.UserCard("bo", "Bo", "/a.png"),
                        new dev.parley.core.room.RoomSummary(room, MemberRole.MEMBER, 5, 2, message, null, 0, false), 3),
                new Event.MemberRemoved(roomId, 7, "bo"),
                new Event.MemberUpdated(member, 7, null, 4),
                new Event.ReadMarkMoved(roomId, 7, "bo", 6),
                new Event.Typing(roomId, 7, "ana"),
                new Event.MessageDelta(roomId, 7, message.id(), 7, 12, " more ✓"),
                new Event.StreamStopRequested(roomId, 7, message.id(), 7, "bot", "ana"),
                new Event.MessageEdited(new Message(message.id(), roomId, 7, "bot", "done", null, List.of(), null, now,
                        null, null, List.of(), false), 7),
                new Event.PresenceChanged("ana", true, Set.of(roomId)),
                new Event.UserUpdated(new User("ana", "Ana", null, UserRole.ADMIN, null, true, now, now)),
                new Event.ProfileChanged(new dev.parley.core.user.UserCard("ana", "Ana", "/v1/avatars/a/256"),
                        Set.of(roomId)),
                new Event.UserDeactivated("ana"),
                new Event.TokensRevoked("ana", 1234),
                new Event.TokenRevoked("ana", "hash"),
                new Event.InvitationChanged(new dev.parley.core.invitation.Invitation(UUID.randomUUID(), roomId, "Team",
                        "ana", "bo", dev.parley.core.invitation.InvitationStatus.PENDING, now, null)),
                new Event.InvitationChanged(new dev.parley.core.invitation.Invitation(UUID.randomUUID(), roomId, null,
                        "ana", "bo", dev.parley.core.invitation.InvitationStatus.ACCEPTED, now, now)),
                new Event.MessagePosted(new Message(UUID.randomUUID(), roomId, 8, "ana", "Missed video call", null,
                        List.of(), "call-x", now, null, null, List.of(), null,
                        new dev.parley.core.message.CallNote(UUID.randomUUID(), "missed", null))),
                new Event.CallUpdated(dev.parley.core.call.CallTransitions.start(UUID.randomUUID(), roomId, "ana",
                        "s-ana", dev.parley.core.call.CallMedia.VIDEO, dev.parley.core.call.Call.CallMode.MESH,
                        List.of("bo"), Set.of(), now, now.plusSeconds(30)), 7),
                new Event.CallSignal(UUID.randomUUID(), "bo", "s-bo", "ana", "s-ana", "candidate",
                        "{\"candidate\":\"candidate:1 1 udp 1 127.0.0.1 5000 typ host\"}"));

        String batch = codec.batch("node-1", true, events.stream().map(codec::encode).toList());
        EventCodec.Batch decoded = codec.decode(batch);

        assertThat(decoded.node()).isEqualTo("node-1");
        assertThat(decoded.resumed()).isTrue();
        assertThat(decoded.events()).containsExactlyElementsOf(events);
    }

    @Test
    void a_message_it_cannot_read_is_refused_not_guessed() {
        assertThatThrownBy(() -> codec.decode("{\"node\":\"x\",\"events\":[{\"type\":\"Nope\",\"event\":{}}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nope");
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
