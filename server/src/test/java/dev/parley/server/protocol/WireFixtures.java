package dev.parley.server.protocol;

import dev.parley.core.auth.IssuedToken;
import dev.parley.core.event.Event;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.HistoryPage;
import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.page.Page;
import dev.parley.core.read.ReadMark;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.User;
import dev.parley.core.user.UserCard;
import dev.parley.core.user.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Domain values with every optional field set, and with none: the inputs of the golden wire tests. */
public final class WireFixtures {
    private WireFixtures() {
    }

    public static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.089Z");
    public static final Instant LATER = Instant.parse("2026-03-04T06:00:00Z");
    public static final UUID ROOM_ID = UUID.fromString("01900000-0000-7000-8000-000000000001");
    public static final UUID DIRECT_ID = UUID.fromString("01900000-0000-7000-8000-000000000002");
    public static final UUID MESSAGE_ID = UUID.fromString("01900000-0000-7000-8000-0000000000a1");
    public static final UUID PARENT_ID = UUID.fromString("01900000-0000-7000-8000-0000000000a0");

    public static final UUID INVITATION_ID = UUID.fromString("01900000-0000-7000-8000-0000000000b1");

    /** Pending: no answer time. */
    public static dev.parley.core.invitation.Invitation pendingInvitation() {
        return new dev.parley.core.invitation.Invitation(INVITATION_ID, ROOM_ID, "Launch", "ana", "bob",
                dev.parley.core.invitation.InvitationStatus.PENDING, CREATED, null);
    }

    public static User fullUser() {
        return new User("ana", "Ana", "https://example.com/ana.png", UserRole.ADMIN,
                new JsonText("{\"team\":\"blue\",\"n\":[1,2.5]}"), true, CREATED, LATER);
    }

    public static User bareUser() {
        return new User("bob", "Bob", null, UserRole.BOT, null, false, CREATED, CREATED);
    }

    public static UserCard card() {
        return new UserCard("bob", "Bob", null);
    }

    public static Message fullMessage() {
        return new Message(MESSAGE_ID, ROOM_ID, 42, "ana", "hi \"bob\" ✓", PARENT_ID,
                List.of(new Attachment("image", "https://example.com/a.png", "a.png", "image/png", 2048L),
                        new Attachment(null, "/files/b", null, null, null)),
                "c-1", CREATED, LATER, null, List.of(new Reaction("👍", 2, List.of("ana", "bob"))),
                new Mentions(List.of("bob"), true));
    }

    public static final UUID CALL_ID = UUID.fromString("01900000-0000-7000-8000-0000000000c1");

    /** The message a call left: answered, 65 s. */
    public static Message callMessage() {
        return new Message(MESSAGE_ID, ROOM_ID, 43, "ana", "Video call (1:05)", null, List.of(), "call-" + CALL_ID,
                CREATED, null, null, List.of(), null, new dev.parley.core.message.CallNote(CALL_ID, "answered", 65_000L));
    }

    /** An active call of two, on the sessions they answered on. */
    public static dev.parley.core.call.Call activeCall() {
        return new dev.parley.core.call.Call(CALL_ID, ROOM_ID, "ana", dev.parley.core.call.CallMedia.VIDEO,
                dev.parley.core.call.Call.CallMode.MESH, dev.parley.core.call.CallState.ACTIVE, null,
                List.of(new dev.parley.core.call.Participant("ana", dev.parley.core.call.ParticipantState.JOINED,
                                "s-ana", CREATED),
                        new dev.parley.core.call.Participant("bob", dev.parley.core.call.ParticipantState.JOINED,
                                "s-bob", LATER)),
                CREATED, LATER, null, LATER, 3);
    }

    public static final UUID FILE_ID = UUID.fromString("01900000-0000-7000-8000-0000000000f1");

    /** An uploaded image with its renditions. */
    public static dev.parley.core.file.StoredFile image() {
        return new dev.parley.core.file.StoredFile(FILE_ID, ROOM_ID, "ana", "photo.jpg", 48213, "image/jpeg",
                dev.parley.core.file.FileKind.IMAGE, 1600, 1200, null, true, MESSAGE_ID, CREATED);
    }

    /** A voice message: no renditions, a duration. */
    public static dev.parley.core.file.StoredFile voice() {
        return new dev.parley.core.file.StoredFile(FILE_ID, ROOM_ID, "ana", "voice.ogg", 9120, "audio/ogg",
                dev.parley.core.file.FileKind.VOICE, null, null, 4250L, false, null, CREATED);
    }

    /** A message of two uploads and no text, as a send of {@code attachments: [{fileId}, {fileId}]} stores it. */
    public static Message messageWithUploads() {
        return new Message(MESSAGE_ID, ROOM_ID, 43, "ana", "", null,
                List.of(dev.parley.core.message.AttachedFile.of(image()), dev.parley.core.message.AttachedFile.of(voice())),
                "c-2", CREATED, null, null, List.of());
    }

    public static Message tombstone() {
        return new Message(MESSAGE_ID, ROOM_ID, 42, "ana", "", null, List.of(), null, CREATED, null, LATER, List.of());
    }

    public static Room groupRoom() {
        return new Room(ROOM_ID, RoomType.GROUP, "Launch", "Go/no-go", "/img/launch.png", new JsonText("{\"k\":true}"),
                "ana", CREATED, LATER, 42, LATER, 3, 9);
    }

    public static Room directRoom() {
        return new Room(DIRECT_ID, RoomType.DIRECT, null, null, null, null, "ana", CREATED, CREATED, 0, CREATED, 2, 1);
    }

    public static RoomSummary memberSummary() {
        return new RoomSummary(groupRoom(), MemberRole.OWNER, 40, 2, fullMessage(), null, 1, true);
    }

    public static RoomSummary directSummary() {
        return new RoomSummary(directRoom(), MemberRole.MEMBER, 0, 0, null, card(), 0, false);
    }

    public static RoomSummary outsiderSummary() {
        return new RoomSummary(new Room(ROOM_ID, RoomType.CHANNEL, "Lobby", null, null, null, "ana", CREATED, LATER,
                7, LATER, 12, 4), null, 7, 0, null, null, 0, false);
    }

    public static Member member() {
        return new Member(ROOM_ID, "bob", MemberRole.MODERATOR, 17, false, CREATED);
    }

    public static MemberView memberView() {
        return new MemberView(member(), card());
    }

    public static ReadMark readMark() {
        return new ReadMark(ROOM_ID, "bob", 40, 42, 2);
    }

    public static IssuedToken token() {
        return new IssuedToken("eyJhbGciOiJIUzI1NiJ9.e30.sig", LATER);
    }

    public static HistoryPage history() {
        return new HistoryPage(List.of(fullMessage(), tombstone()), true);
    }

    public static Page<User> userPage() {
        return new Page<>(List.of(fullUser(), bareUser()), "Ym9i");
    }

    public static Page<UserCard> lastCardPage() {
        return new Page<>(List.of(card()), null);
    }

    /** One of every room event, in the order of {@code docs/ws-protocol.md}. */
    public static List<Event.RoomEvent> roomEvents() {
        return List.of(
                new Event.MessagePosted(fullMessage()),
                new Event.MessageEdited(fullMessage(), 44, 10),
                new Event.MessageDeleted(tombstone(), 44, 11),
                new Event.ReactionChanged(ROOM_ID, 44, MESSAGE_ID, "bob", "👍", true,
                        List.of(new Reaction("👍", 2, List.of("ana", "bob"))), 12),
                new Event.ReactionChanged(ROOM_ID, 44, MESSAGE_ID, "bob", "👍", false, List.of(), 13),
                new Event.RoomCreated(groupRoom(), List.of("ana", "bob"), List.of(memberView()), 1),
                new Event.RoomUpdated(directRoom(), 2),
                new Event.RoomDeleted(ROOM_ID, 44, List.of("ana")),
                new Event.MemberAdded(member(), 44, card(), memberSummary(), 14),
                new Event.MemberUpdated(member(), 44, card(), 15),
                new Event.MemberRemoved(ROOM_ID, 44, "bob", 16),
                new Event.ReadMarkMoved(ROOM_ID, 44, "bob", 43),
                new Event.Typing(ROOM_ID, 44, "bob"),
                new Event.MessageDelta(ROOM_ID, 44, MESSAGE_ID, 42, 12, " more \"text\" ✓"),
                new Event.StreamStopRequested(ROOM_ID, 44, MESSAGE_ID, 42, "helper", "bob"));
    }

    /** A bot's reply while it streams. */
    public static Message streamingMessage() {
        return new Message(MESSAGE_ID, ROOM_ID, 42, "helper", "So far", null, List.of(), "c-9", CREATED, null, null,
                List.of(), true);
    }

    public static UserCard botCard() {
        return new UserCard("helper", "Helper", null, true);
    }
}
