package dev.parley.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Set;

/**
 * Zulip's {@code verify_action} for one observing user: snapshot their state over REST, run an
 * action, apply the events their WebSocket session received to the snapshot
 * ({@link EventReducer}), and compare with a fresh snapshot. A mismatch names the events
 * applied and every differing field.
 *
 * <p>To know that every event of the set-up has arrived before the snapshot, and every event of
 * the action before the comparison, the observer posts to a room of their own (the barrier):
 * events reach a session in the order they were published, so once the barrier's
 * {@code message.new} is in, so is everything published before it.
 */
final class SyncObserver {
    /** Frames that are not state events (replies, presence, typing). */
    private static final Set<String> NOT_STATE = Set.of("ack", "error", "pong", "presence", "presence.snapshot",
            "typing", "ready", "sync.done");

    private final TestNode.User user;
    private final WsTestClient session;
    private final String barrierRoom;
    private final EventReducer reducer;
    private int barriers;

    SyncObserver(TestNode.User user, WsSessions sessions) {
        this.user = user;
        this.barrierRoom = user.createRoom("group", "barrier");
        this.session = sessions.open(user);
        this.reducer = new EventReducer(user.id());
    }

    String id() {
        return user.id();
    }

    TestNode.User user() {
        return user;
    }

    /** What a verification compares. */
    enum Scope {
        /** The whole snapshot: the room list, and each room's members and history. */
        EVERYTHING,
        /** The room list only (no members, no history): for events that carry no more (a room joined: its members and history are fetched when shown). */
        ROOM_LIST
    }

    /**
     * Runs {@code action} and checks that the events it caused, of exactly {@code expectedTypes}
     * in that order, turn the snapshot before into the snapshot after.
     */
    void verify(Runnable action, String... expectedTypes) {
        verify(Scope.EVERYTHING, action, expectedTypes);
    }

    void verify(Scope scope, Runnable action, String... expectedTypes) {
        int from = barrier(session.received()) + 1;
        ObjectNode before = snapshot();
        action.run();
        int to = barrier(from);
        List<JsonNode> frames = session.frames().subList(from, to);
        List<JsonNode> events = frames.stream()
                .filter(frame -> !NOT_STATE.contains(WsTestClient.type(frame)))
                .filter(frame -> !barrierRoom.equals(frame.path("roomId").asText(null)))
                .toList();

        List<String> types = events.stream().map(WsTestClient::type).toList();
        assertThat(types).as("the events the action sent to %s", user.id()).containsExactly(expectedTypes);
        ObjectNode after = snapshot();
        assertThat(after).as("the action changed nothing %s sees over REST", user.id()).isNotEqualTo(before);
        ObjectNode reduced = reducer.apply(before, events);
        if (scope == Scope.ROOM_LIST) {
            roomListOnly(after);
            roomListOnly(reduced);
        }
        List<String> differences = JsonDiff.between(after, reduced);
        assertThat(differences)
                .as("the snapshot with %s applied, compared with a fresh REST snapshot (expected = REST)", types)
                .isEmpty();
    }

    /** The JSON body of a successful REST call (null when empty); any other answer fails. */
    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 204);
        return response.body().isEmpty() ? null : response.json();
    }

    private static void roomListOnly(ObjectNode rooms) {
        rooms.forEach(room -> ((ObjectNode) room).remove(List.of("members", "history")));
    }

    private ObjectNode snapshot() {
        return RestSnapshot.of(user.api(), Set.of(barrierRoom));
    }

    /** Posts to the barrier room and returns the index of its {@code message.new} among the frames. */
    private int barrier(int from) {
        String barrierId = user.send(barrierRoom, "barrier " + ++barriers).get("id").asText();
        JsonNode barrier = session.awaitFrameAfter(from, frame -> WsTestClient.type(frame).equals("message.new")
                && frame.get("message").get("id").asText().equals(barrierId));
        return session.frames().indexOf(barrier);
    }
}
