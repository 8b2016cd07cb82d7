package dev.parley.server.sync;

import static dev.parley.server.sync.SyncObserver.ok;

import dev.parley.server.TestNode;
import dev.parley.server.sync.SyncObserver.Scope;
import dev.parley.server.ws.WsSessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * For each kind of event: the events a user's session receives keep the state they got over
 * REST exactly up to date (rooms with unread counts, last seq and last message; members;
 * the latest history page). See {@link SyncObserver}.
 */
class SyncContractTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private final TestNode.User owner = node.newUser("owner");
    private final TestNode.User carol = node.newUser("carol");
    private final SyncObserver ana = new SyncObserver(node.newUser("ana"), sessions);

    @Test
    void message_new_from_another_member_moves_last_seq_unread_and_the_last_message() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);
        owner.send(room, "first");

        ana.verify(() -> carol.send(room, "hello"), "message.new");
    }

    @Test
    void message_new_of_the_observers_own_counts_as_read() {
        String room = owner.createRoom("group", "Team", ana.user());
        owner.send(room, "unread");

        ana.verify(() -> ana.user().send(room, "mine"), "message.new");
    }

    @Test
    void message_updated_of_a_message_with_reactions_keeps_them_in_history_and_last_message() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);
        String message = owner.send(room, "tpyo").get("id").asText();
        ok(carol.api().put(messagePath(room, message) + "/reactions/tada", null));

        ana.verify(() -> ok(owner.api().patch(messagePath(room, message), Map.of("text", "typo"))), "message.updated");
    }

    @Test
    void message_updated_replaces_the_text_in_history_and_last_message() {
        String room = owner.createRoom("group", "Team", ana.user());
        String message = owner.send(room, "tpyo").get("id").asText();

        ana.verify(() -> ok(owner.api().patch(messagePath(room, message), Map.of("text", "typo"))), "message.updated");
    }

    @Test
    void message_deleted_leaves_a_tombstone() {
        String room = owner.createRoom("group", "Team", ana.user());
        owner.send(room, "older");
        String message = owner.send(room, "regret").get("id").asText();

        ana.verify(() -> ok(owner.api().delete(messagePath(room, message))), "message.deleted");
    }

    @Test
    void reaction_added_and_removed_set_the_reactions_of_an_older_message() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);
        String message = owner.send(room, "react to me").get("id").asText();
        owner.send(room, "newer");

        ana.verify(() -> ok(carol.api().put(messagePath(room, message) + "/reactions/tada", null)), "reaction.added");
        ana.verify(() -> ok(carol.api().delete(messagePath(room, message) + "/reactions/tada")), "reaction.removed");
    }

    @Test
    void reaction_added_to_the_last_message_shows_in_the_room_list_too() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);
        String message = owner.send(room, "react to me").get("id").asText();

        ana.verify(() -> ok(carol.api().put(messagePath(room, message) + "/reactions/tada", null)), "reaction.added");
    }

    @Test
    void room_created_by_another_member_or_by_the_observer_joins_the_room_list() {
        ana.verify(Scope.ROOM_LIST, () -> owner.createRoom("group", "New", ana.user(), carol), "room.created");
        ana.verify(Scope.ROOM_LIST, () -> ana.user().createRoom("channel", "Mine", carol), "room.created");
    }

    @Test
    void room_updated_renames_the_room() {
        String room = owner.createRoom("group", "Team", ana.user());

        ana.verify(() -> ok(owner.api().patch("/v1/rooms/" + room, Map.of("name", "Renamed", "topic", "new"))),
                "room.updated");
    }

    @Test
    void room_deleted_takes_the_room_away() {
        String room = owner.createRoom("group", "Team", ana.user());
        owner.send(room, "bye");

        ana.verify(() -> ok(owner.api().delete("/v1/rooms/" + room)), "room.deleted");
    }

    @Test
    void member_added_joins_the_member_list_and_counts() {
        String room = owner.createRoom("group", "Team", ana.user());
        owner.send(room, "before carol");

        ana.verify(() -> ok(owner.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(carol.id())))),
                "member.added");
    }

    @Test
    void setting_the_members_removes_and_adds_them() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);
        TestNode.User dan = node.newUser("dan");

        ana.verify(() -> ok(owner.api().put("/v1/rooms/" + room + "/members",
                Map.of("userIds", List.of(ana.id(), dan.id())))), "member.removed", "member.added");
    }

    @Test
    void member_updated_changes_a_role_and_a_hand_over_changes_two() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);

        ana.verify(() -> ok(owner.api().patch(memberPath(room, carol.id()), Map.of("role", "moderator"))),
                "member.updated");
        ana.verify(() -> ok(owner.api().patch(memberPath(room, ana.id()), Map.of("role", "owner"))),
                "member.updated", "member.updated");
    }

    @Test
    void member_removed_of_an_owner_who_leaves_hands_the_room_to_the_observer() {
        String room = owner.createRoom("group", "Team", ana.user());
        ok(owner.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(carol.id()))));

        ana.verify(() -> ok(owner.api().delete(memberPath(room, owner.id()))), "member.removed", "member.updated");
    }

    @Test
    void member_removed_of_the_observer_takes_the_room_away() {
        String room = owner.createRoom("group", "Team", ana.user());

        ana.verify(() -> ok(owner.api().delete(memberPath(room, ana.id()))), "member.removed");
    }

    @Test
    void read_of_another_member_and_of_the_observer_move_their_marks() {
        String room = owner.createRoom("group", "Team", ana.user(), carol);
        owner.send(room, "one");
        owner.send(room, "two");

        ana.verify(() -> ok(carol.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 1))), "read");
        ana.verify(() -> ok(ana.user().api().post("/v1/rooms/" + room + "/read", Map.of("seq", 2))), "read");
    }

    @Test
    void room_created_tells_who_is_in_the_room() {
        ana.verify(() -> owner.createRoom("group", "New", ana.user(), carol), "room.created");
    }

    @Test
    void room_created_of_a_direct_room_names_the_peer() {
        ana.verify(() -> ok(owner.api().post("/v1/rooms/direct", Map.of("userId", ana.id()))), "room.created");
    }

    /** The room as the new member sees it comes with the event; its members and history are fetched when shown. */
    @Test
    void member_added_of_the_observer_brings_the_room() {
        String room = owner.createRoom("group", "Team", carol);
        owner.send(room, "before ana");

        ana.verify(Scope.ROOM_LIST, () -> ok(owner.api().post("/v1/rooms/" + room + "/members",
                Map.of("userIds", List.of(ana.id())))), "member.added");
    }

    @Test
    void leaving_a_direct_room_is_told_to_the_leavers_other_sessions() {
        String room = ok(owner.api().post("/v1/rooms/direct", Map.of("userId", ana.id()))).get("id").asText();
        owner.send(room, "hi");

        ana.verify(() -> ok(ana.user().api().delete("/v1/rooms/" + room + "/members/" + ana.id())), "member.updated");
    }

    private static String messagePath(String room, String message) {
        return "/v1/rooms/" + room + "/messages/" + message;
    }

    private static String memberPath(String room, String userId) {
        return "/v1/rooms/" + room + "/members/" + userId;
    }
}
