package dev.parley.server.protocol;

import static dev.parley.server.protocol.WireFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.protocol.rest.AuthOptions;
import dev.parley.protocol.rest.MemberList;
import dev.parley.protocol.rest.Session;
import dev.parley.protocol.rest.Status;
import dev.parley.protocol.ws.AckFrame;
import dev.parley.protocol.ws.ErrorFrame;
import dev.parley.protocol.ws.PongFrame;
import dev.parley.protocol.ws.PresenceSnapshotFrame;
import dev.parley.protocol.ws.ReadyFrame;
import dev.parley.protocol.ws.SyncDoneFrame;
import dev.parley.protocol.ws.SyncErrorFrame;
import dev.parley.protocol.ws.SyncGapFrame;
import dev.parley.server.http.JsonMapping;
import dev.parley.server.http.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of every REST body and WebSocket frame, byte for byte, built from domain fixtures
 * through the one mapping ({@link WireMapper}, {@link EventFrames}) and the API's one JSON
 * configuration ({@link JsonMapping}).
 *
 * <p>The expected files ({@code src/test/resources/wire/*.json}) were written by the code that
 * came before the protocol module, which serialized the domain records themselves: they pin the
 * public wire as it was. Why renaming a domain field cannot change them: the field names are
 * those of the records in {@code dev.parley.protocol}, a module that does not depend on the
 * domain ({@link WireRecordsTest} checks that no domain type is reachable from a record). A
 * rename in core therefore fails to compile in the mapper until the mapper maps the renamed
 * accessor onto the unchanged wire field, and this test then proves the bytes are the same.
 */
class WireGoldenTest {
    private static final ObjectMapper JSON = JsonMapping.create();

    static Stream<Arguments> bodies() {
        return Stream.of(
                body("user-full", () -> WireMapper.user(fullUser())),
                body("user-bare", () -> WireMapper.user(bareUser())),
                body("user-card", () -> WireMapper.card(card())),
                body("user-card-bot", () -> WireMapper.card(botCard())),
                body("message-streaming", () -> WireMapper.message(streamingMessage())),
                body("message-full", () -> WireMapper.message(fullMessage())),
                body("message-tombstone", () -> WireMapper.message(tombstone())),
                body("message-uploads", () -> WireMapper.message(messageWithUploads())),
                body("file-image", () -> WireMapper.file(image())),
                body("file-voice", () -> WireMapper.file(voice())),
                body("room-member", () -> WireMapper.room(memberSummary())),
                body("room-direct", () -> WireMapper.room(directSummary())),
                body("room-outsider", () -> WireMapper.room(outsiderSummary())),
                body("member", () -> WireMapper.member(memberView())),
                body("member-list", () -> new MemberList(List.of(WireMapper.member(memberView())))),
                body("read-mark", () -> WireMapper.readMark(readMark())),
                body("issued-token", () -> WireMapper.token(token())),
                body("history-page", () -> WireMapper.history(history())),
                body("page-users", () -> WireMapper.page(userPage(), WireMapper::user)),
                body("page-cards", () -> WireMapper.page(lastCardPage(), WireMapper::card)),
                body("page-rooms", () -> WireMapper.page(new dev.parley.core.page.Page<>(
                        List.of(memberSummary(), directSummary()), "cur"), WireMapper::room)),
                body("page-members", () -> WireMapper.page(new dev.parley.core.page.Page<>(
                        List.of(memberView()), null), WireMapper::member)),
                body("auth-options", () -> new AuthOptions(true, false, "Parley")),
                body("session", () -> new Session(token().token(), token().expiresAt(), "ana")),
                body("status", () -> new Status("up")),
                body("invitation-list", () -> WireMapper.invitations(List.of(pendingInvitation()))),
                body("message-call", () -> WireMapper.message(callMessage())),
                body("call", () -> CallWire.call(activeCall())));
    }

    static Stream<Arguments> frames() {
        List<Event.RoomEvent> events = roomEvents();
        String[] names = {"message-new", "message-updated", "message-deleted", "reaction-added", "reaction-removed",
            "room-created", "room-updated", "room-deleted", "member-added", "member-updated", "member-removed", "read",
            "typing", "message-delta", "message-stop-requested"};
        Stream<Arguments> roomEvents = java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> body("event-" + names[i], () -> EventFrames.of(events.get(i))));
        Set<String> online = new TreeSet<>(List.of("bob", "cid"));
        return Stream.concat(roomEvents, Stream.of(
                body("frame-ack-message", () -> AckFrame.of("r1", WireMapper.message(fullMessage()))),
                body("frame-ack-read", () -> AckFrame.of("r2", WireMapper.readMark(readMark()))),
                body("frame-replayed", () -> EventFrames.replayed(tombstone(), 50)),
                body("frame-ready", () -> new ReadyFrame("ana", "s-1", 1000, 5000)),
                body("frame-presence", () -> EventFrames.presence(
                        new Event.PresenceChanged("bob", false, Set.<UUID>of(ROOM_ID)))),
                body("frame-invitation", () -> EventFrames.invitation(new Event.InvitationChanged(
                        pendingInvitation().closed(dev.parley.core.invitation.InvitationStatus.ACCEPTED, LATER)))),
                body("frame-presence-snapshot", () -> new PresenceSnapshotFrame(online)),
                body("frame-user-updated", () -> EventFrames.profile(
                        new Event.ProfileChanged(new dev.parley.core.user.UserCard("ana", "Ana", "/v1/avatars/x/256"),
                                Set.<UUID>of(ROOM_ID)))),
                body("frame-role-changed", () -> EventFrames.roleChanged(new Event.UserUpdated(
                        new dev.parley.core.user.User("ana", "Ana", null, dev.parley.core.user.UserRole.ADMIN, null,
                                true, CREATED, LATER)))),
                body("frame-pong", () -> new PongFrame("p1")),
                body("event-call-updated", () -> EventFrames.of(new Event.CallUpdated(activeCall(), 44, 12))),
                body("frame-call-signal", () -> CallWire.signal(new Event.CallSignal(CALL_ID, "bob", "s-bob", "ana",
                        "s-ana", "offer", "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\n\"}"))),
                body("frame-pong-bare", () -> new PongFrame(null)),
                body("frame-error", () -> new ErrorFrame("r1", "room_not_found", "no such room")),
                body("frame-error-bare", () -> new ErrorFrame(null, "malformed_frame", "x")),
                body("frame-sync-done", SyncDoneFrame::new),
                body("frame-sync-gap", () -> new SyncGapFrame(ROOM_ID.toString(), 3, 4000)),
                body("frame-sync-error", () -> new SyncErrorFrame("nope", "room_not_found")),
                body("frame-joined", () -> EventFrames.joined(new dev.parley.core.message.RoomReplay(
                        ROOM_ID.toString(), dev.parley.core.message.RoomReplay.Outcome.REPLAY, List.of(),
                        memberSummary(), member(), dev.parley.core.change.RoomPosition.START,
                        new dev.parley.core.change.RoomPosition(42, 9))))));
    }

    private static Arguments body(String golden, Supplier<Object> wire) {
        return Arguments.of(golden, wire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void every_rest_body_is_written_exactly_as_the_golden_file_says(String golden, Supplier<Object> wire)
            throws IOException {
        assertThat(written(golden, JSON.writeValueAsString(wire.get()))).isEqualTo(golden(golden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void every_websocket_frame_is_written_exactly_as_the_golden_file_says(String golden, Supplier<Object> wire)
            throws IOException {
        assertThat(written(golden, JSON.writeValueAsString(wire.get()))).isEqualTo(golden(golden));
    }

    @org.junit.jupiter.api.Test
    void a_problem_body_is_written_exactly_as_the_golden_file_says() throws IOException {
        // Every response body ends with a newline (so pasted curl commands do not run together).
        assertThat(new Problems(JSON).body(ErrorCode.ROOM_NOT_FOUND, "no room 01900000"))
                .isEqualTo(golden("problem") + "\n");
    }

    /**
     * The JSON written; with {@code -Dwire.rewrite=true} (after a deliberate, additive change to
     * the wire) it also becomes the golden file — review the diff before committing it.
     */
    private static String written(String name, String json) throws IOException {
        if (Boolean.getBoolean("wire.rewrite")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/wire", name + ".json"),
                    json + "\n");
        }
        return json;
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = WireGoldenTest.class.getResourceAsStream("/wire/" + name + ".json")) {
            assertThat(in).as("golden file wire/%s.json", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
