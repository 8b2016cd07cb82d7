package dev.parley.server.sync;

import static dev.parley.server.sync.SyncObserver.ok;

import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the events do not carry what REST shows afterwards: each test names a discrepancy
 * found by the sync contract ({@link SyncObserver}) and fails today. A client repairs these
 * cases by fetching over REST. The class is disabled as a whole so that no node starts for
 * nothing; when the protocol carries one of them, move its test to {@link SyncContractTest}.
 */
@Disabled("each test names a gap between the events and REST that the protocol does not close yet")
class SyncGapsTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private final TestNode.User owner = node.newUser("owner");
    private final TestNode.User carol = node.newUser("carol");
    private final SyncObserver ana = new SyncObserver(node.newUser("ana"), sessions);

    @Test
    @Disabled("gap: room.created carries the room but not its members (Event.RoomCreated.memberIds never reaches"
            + " the wire), so a client cannot list who is in a room it was just put in")
    void room_created_tells_who_is_in_the_room() {
        ana.verify(() -> owner.createRoom("group", "New", ana.user(), carol), "room.created");
    }

    @Test
    @Disabled("gap: room.created of a direct room carries no peer card (the other member's id and name), which"
            + " GET /v1/rooms shows as peer, nor its two members")
    void room_created_of_a_direct_room_names_the_peer() {
        ana.verify(() -> ok(owner.api().post("/v1/rooms/direct", Map.of("userId", ana.id()))), "room.created");
    }

    @Test
    @Disabled("gap: member.added about the observer (added by a manager, or joining a channel) carries only the"
            + " member, not the room it joins (name, lastSeq, lastMessage…); sync's member.added has the room,"
            + " live events do not")
    void member_added_of_the_observer_brings_the_room() {
        String room = owner.createRoom("group", "Team", carol);
        owner.send(room, "before ana");

        ana.verify(() -> ok(owner.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(ana.id())))),
                "member.added");
    }

    /** Which event should tell it is the fix's choice; the expected type here is a placeholder. */
    @Test
    @Disabled("gap: leaving a direct room hides it from GET /v1/rooms but publishes nothing, so the leaver's"
            + " other sessions keep showing it")
    void leaving_a_direct_room_is_told_to_the_leavers_other_sessions() {
        String room = ok(owner.api().post("/v1/rooms/direct", Map.of("userId", ana.id()))).get("id").asText();
        owner.send(room, "hi");

        ana.verify(() -> ok(ana.user().api().delete("/v1/rooms/" + room + "/members/" + ana.id())), "member.updated");
    }
}
