package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reconnecting with {@code sync} loses nothing and repeats nothing. */
class WsSyncTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** Sends {@code sync} and returns the frames from it up to and including {@code sync.done}. */
    private static List<JsonNode> sync(WsTestClient client, Map<String, Long> rooms) {
        int from = client.received();
        client.send(frame("sync", "rooms", rooms));
        JsonNode done = client.awaitFrameAfter(from, f -> type(f).equals("sync.done"));
        List<JsonNode> frames = client.frames();
        return frames.subList(from, frames.indexOf(done) + 1);
    }

    private static List<JsonNode> ofRoom(List<JsonNode> frames, String type, String room) {
        return frames.stream().filter(f -> type(f).equals(type) && room.equals(f.path("roomId").asText(null))).toList();
    }

    private static List<Long> seqs(List<JsonNode> messageNews) {
        return messageNews.stream().map(f -> f.get("seq").asLong()).toList();
    }

    @Test
    void a_client_that_drops_mid_stream_and_syncs_ends_with_exactly_the_messages_of_one_that_never_dropped() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var stream = DroppedStream.start(sessions, ana, bob, "Stream", 200);

        var back = sessions.open(bob);
        List<JsonNode> replay = sync(back, Map.of(stream.room, stream.held));
        stream.finish(back);

        assertThat(seqs(stream.beforeDrop)).isEqualTo(range(1, stream.held));
        assertThat(replay.getLast().get("type").asText()).isEqualTo("sync.done");
        List<Long> afterReconnect = back.messageNewSeqs(stream.room);
        assertThat(afterReconnect).as("each seq once per session").doesNotHaveDuplicates();
        // Live events may reach the new session between ready and the server taking the sync (they
        // are not replayed again); from the first replayed message on, everything is in seq order.
        int replayStart = afterReconnect.indexOf(stream.held + 1);
        assertThat(replayStart).as("the first missed message is replayed").isNotNegative();
        assertThat(afterReconnect.subList(0, replayStart)).allMatch(seq -> seq > stream.held + 1);
        assertThat(afterReconnect.subList(replayStart, afterReconnect.size())).as("in seq order from the replay on")
                .isSorted();
        assertThat(afterReconnect).doesNotContainAnyElementsOf(seqs(stream.beforeDrop));
        TreeMap<Long, String> holds = new TreeMap<>();
        for (var event : stream.beforeDrop) {
            holds.put(event.get("seq").asLong(), event.get("message").get("id").asText());
        }
        for (var event : back.messageNews(stream.room)) {
            holds.put(event.get("seq").asLong(), event.get("message").get("id").asText());
        }
        assertThat(new ArrayList<>(holds.values())).isEqualTo(stream.steady.messageNewIds(stream.room))
                .isEqualTo(WsFanOutTest.historyIds(ana, stream.room));
        assertThat(stream.steady.messageNewSeqs(stream.room)).isEqualTo(range(1, stream.total));
    }

    @Test
    void a_client_that_reconnects_with_the_sync_in_its_auth_gets_the_missed_messages_first_in_order_and_once() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var stream = DroppedStream.start(sessions, ana, bob, "Stream again", 200);

        var back = sessions.connect();
        back.send(frame("auth", "token", node.token(bob.id()), "rooms", Map.of(stream.room, stream.held)));
        JsonNode done = back.awaitType("sync.done");
        stream.finish(back);

        List<JsonNode> frames = back.frames();
        assertThat(type(frames.get(0))).isEqualTo("ready");
        assertThat(type(frames.get(1))).isEqualTo("presence.snapshot");
        assertThat(frames.subList(2, frames.indexOf(done))).as("the replay comes before anything else")
                .allMatch(f -> type(f).equals("message.new") && f.get("roomId").asText().equals(stream.room));
        assertThat(frames.indexOf(done)).as("the replay is not empty").isGreaterThan(2);
        assertThat(back.messageNewSeqs(stream.room)).isEqualTo(range(stream.held + 1, stream.total));
        List<String> holds = new ArrayList<>(stream.beforeDrop.stream().map(f -> f.get("message").get("id").asText())
                .toList());
        holds.addAll(back.messageNewIds(stream.room));
        assertThat(holds).isEqualTo(stream.steady.messageNewIds(stream.room))
                .isEqualTo(WsFanOutTest.historyIds(ana, stream.room));
    }

    @Test
    void sessions_resyncing_together_each_get_what_they_missed_once_in_order_as_it_is_now_from_frames_written_once() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Storm", bob);
        var live = sessions.open(bob);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            ids.add(ana.send(room, "m" + i).get("id").asText());
        }
        live.awaitFrame(f -> type(f).equals("message.new") && f.get("seq").asLong() == 30);
        ana.api().patch("/v1/rooms/" + room + "/messages/" + ids.get(9), Map.of("text", "m10, edited"));
        double hits = replayFrames("hit");
        double misses = replayFrames("miss");

        List<WsTestClient> storm = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WsTestClient back = sessions.connect();
            back.send(frame("auth", "token", node.token(bob.id()), "rooms", Map.of(room, 5L)));
            storm.add(back);
        }

        for (WsTestClient back : storm) {
            back.awaitType("sync.done");
            assertThat(back.messageNewSeqs(room)).isEqualTo(range(6, 30));
            assertThat(back.messageNews(room).get(4).get("message").get("text").asText())
                    .as("the edit, not the frame the live fan-out wrote").isEqualTo("m10, edited");
            assertThat(back.messageNews(room)).allMatch(f -> f.get("lastSeq").asLong() == 30);
        }
        assertThat(replayFrames("miss") - misses).as("only the edited message is written again, once")
                .isEqualTo(1);
        assertThat(replayFrames("hit") - hits).isEqualTo(8 * 25 - 1);
    }

    private static double replayFrames(String cache) {
        var line = java.util.regex.Pattern.compile("parley_sync_frames_total\\{cache=\"" + cache + "\"\\} (\\S+)")
                .matcher(node.anonymous().get("/metrics").body());
        assertThat(line.find()).as("the replay frame meters are exposed").isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void replayed_messages_are_sent_as_they_are_now_and_a_room_joined_while_away_follows_with_member_added() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String known = ana.createRoom("group", "Known", bob);
        ana.send(known, "seen 1");
        ana.send(known, "seen 2");
        var first = sessions.open(bob);
        first.ping();
        first.disconnect();
        String edited = ana.send(known, "draft").get("id").asText();
        String deleted = ana.send(known, "oops").get("id").asText();
        ana.send(known, "plain");
        ana.api().patch("/v1/rooms/" + known + "/messages/" + edited, Map.of("text", "final"));
        ana.api().delete("/v1/rooms/" + known + "/messages/" + deleted);
        String joined = ana.createRoom("group", "Joined while away");
        ana.send(joined, "j1");
        ana.send(joined, "j2");
        ana.api().post("/v1/rooms/" + joined + "/members", Map.of("userIds", List.of(bob.id())));
        ana.send(joined, "j3");

        var back = sessions.open(bob);
        List<JsonNode> replay = sync(back, Map.of(known, 2L));

        List<JsonNode> knownReplay = ofRoom(replay, "message.new", known);
        assertThat(seqs(knownReplay)).containsExactly(3L, 4L, 5L);
        assertThat(knownReplay.get(0).get("message").get("text").asText()).isEqualTo("final");
        assertThat(knownReplay.get(0).get("message").get("editedAt").isTextual()).isTrue();
        assertThat(knownReplay.get(1).get("message").get("text").asText()).isEmpty();
        assertThat(knownReplay.get(1).get("message").get("deletedAt").isTextual()).isTrue();
        assertThat(knownReplay.get(2).get("message").get("text").asText()).isEqualTo("plain");
        JsonNode welcome = ofRoom(replay, "member.added", joined).getFirst();
        assertThat(welcome.get("member").get("userId").asText()).isEqualTo(bob.id());
        assertThat(welcome.get("room").get("id").asText()).isEqualTo(joined);
        assertThat(welcome.get("room").get("name").asText()).isEqualTo("Joined while away");
        List<JsonNode> joinedReplay = ofRoom(replay, "message.new", joined);
        assertThat(seqs(joinedReplay)).containsExactly(1L, 2L, 3L);
        assertThat(replay.indexOf(knownReplay.getLast())).isLessThan(replay.indexOf(welcome));
        assertThat(replay.indexOf(welcome)).isLessThan(replay.indexOf(joinedReplay.getFirst()));
        assertThat(back.framesOfType("sync.error")).isEmpty();
        assertThat(back.framesOfType("sync.gap")).isEmpty();
        assertThat(welcome.get("lastSeq").asLong()).isEqualTo(3);
        assertThat(welcome.get("member").get("role").asText()).isEqualTo("member");
        assertThat(welcome.get("member").has("lastReadSeq")).as("member.added carries the documented member fields: "
                + welcome.get("member")).isTrue();
        assertThat(welcome.get("member").path("joinedAt").isTextual()).as("member.added carries the documented "
                + "member fields (userId, role, lastReadSeq, joinedAt): " + welcome.get("member")).isTrue();
    }

    @Test
    void a_member_removed_and_added_again_gets_the_messages_posted_while_out_from_a_repair_sync() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Out and in", bob);
        var client = sessions.open(bob);
        ana.send(room, "m1");
        ana.send(room, "m2");
        client.awaitCount(2, f -> type(f).equals("message.new"));
        ana.api().delete("/v1/rooms/" + room + "/members/" + bob.id());
        client.awaitFrame(f -> type(f).equals("member.removed"));
        ana.send(room, "m3 while bob is out");
        ana.send(room, "m4 while bob is out");
        ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(bob.id())));
        JsonNode back = client.awaitFrame(f -> type(f).equals("member.added"));
        ana.send(room, "m5");
        client.awaitFrame(f -> type(f).equals("message.new") && f.get("seq").asLong() == 5);

        // step 5 of the reconnect algorithm: member.added said lastSeq 4 while the client holds 2
        List<JsonNode> replay = sync(client, Map.of(room, 2L));

        assertThat(back.get("lastSeq").asLong()).isEqualTo(4);
        assertThat(seqs(ofRoom(replay, "message.new", room))).as("seqs 3 and 4 were never given to this session")
                .containsExactly(3L, 4L);
        assertThat(client.messageNewSeqs(room)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void rooms_are_replayed_in_the_order_given() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String first = ana.createRoom("group", "First", bob);
        String second = ana.createRoom("group", "Second", bob);
        String third = ana.createRoom("group", "Third", bob);
        for (String room : List.of(first, second, third)) {
            ana.send(room, "a");
            ana.send(room, "b");
        }
        Map<String, Long> rooms = new LinkedHashMap<>();
        rooms.put(third, 0L);
        rooms.put(first, 1L);
        rooms.put(second, 0L);

        var client = sessions.open(bob);
        List<JsonNode> replay = sync(client, rooms);

        assertThat(replay.stream().filter(f -> type(f).equals("message.new"))
                .map(f -> f.get("roomId").asText() + "#" + f.get("seq").asLong()))
                .containsExactly(third + "#1", third + "#2", first + "#2", second + "#1", second + "#2");
    }

    @Test
    void a_sync_from_a_live_session_does_not_repeat_messages_it_was_already_given() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Repair", bob);
        var client = sessions.open(bob);
        for (int i = 1; i <= 5; i++) {
            ana.send(room, "m" + i);
        }
        client.awaitCount(5, f -> type(f).equals("message.new"));

        List<JsonNode> replay = sync(client, Map.of(room, 2L));
        ana.send(room, "m6");
        client.awaitFrame(f -> type(f).equals("message.new") && f.get("seq").asLong() == 6);

        assertThat(ofRoom(replay, "message.new", room)).isEmpty();
        assertThat(client.messageNewSeqs(room)).isEqualTo(range(1, 6));
    }

    @Test
    void an_empty_sync_replays_every_room_of_the_user_as_joined() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Everything", bob);
        ana.send(room, "one");
        ana.send(room, "two");

        var client = sessions.open(bob);
        List<JsonNode> replay = sync(client, Map.of());

        assertThat(ofRoom(replay, "member.added", room)).hasSize(1);
        assertThat(seqs(ofRoom(replay, "message.new", room))).containsExactly(1L, 2L);
    }

    @Test
    void more_missed_messages_than_the_replay_limit_get_sync_gap_and_exactly_the_limit_is_replayed() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Flood", bob);
        var sender = sessions.connect();
        int limit = sender.authenticate(node.token(ana.id())).get("replayLimit").asInt();
        assertThat(limit).isPositive();
        sender.sendMany(room, limit + 1, i -> "flood " + i, Duration.ofSeconds(60));

        var gapped = sessions.open(bob);
        List<JsonNode> gapReplay = sync(gapped, Map.of(room, 0L));
        var replayed = sessions.open(bob);
        List<JsonNode> fullReplay = sync(replayed, Map.of(room, 1L));

        JsonNode gap = ofRoom(gapReplay, "sync.gap", room).getFirst();
        assertThat(gap.get("fromSeq").asLong()).isEqualTo(1);
        assertThat(gap.get("toSeq").asLong()).isEqualTo(limit + 1);
        assertThat(ofRoom(gapReplay, "message.new", room)).isEmpty();
        var page = bob.api().get("/v1/rooms/" + room + "/messages?limit=1&after=" + (gap.get("fromSeq").asLong() - 1));
        assertThat(page.json().get("items").get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(seqs(ofRoom(fullReplay, "message.new", room))).isEqualTo(range(2, limit + 1));
        assertThat(ofRoom(fullReplay, "sync.gap", room)).isEmpty();
    }

    @Test
    void rooms_you_cannot_see_get_sync_error_room_not_found_and_the_others_are_replayed() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String mine = ana.createRoom("group", "Ours", bob);
        String secret = ana.createRoom("group", "Secret");
        String left = ana.createRoom("group", "Removed from", bob);
        ana.send(mine, "visible");
        ana.send(secret, "hidden");
        ana.send(left, "before removal");
        ana.api().delete("/v1/rooms/" + left + "/members/" + bob.id());
        ana.send(left, "after removal");
        String missing = UUID.randomUUID().toString();
        Map<String, Long> rooms = new LinkedHashMap<>();
        rooms.put(secret, 0L);
        rooms.put(missing, 0L);
        rooms.put(left, 1L);
        rooms.put(mine, 0L);

        var client = sessions.open(bob);
        List<JsonNode> replay = sync(client, rooms);

        List<JsonNode> errors = replay.stream().filter(f -> type(f).equals("sync.error")).toList();
        assertThat(errors).extracting(f -> f.get("roomId").asText()).containsExactly(secret, missing, left);
        assertThat(errors).extracting(f -> f.get("code").asText()).containsOnly("room_not_found");
        assertThat(withoutRoom(errors.get(0))).isEqualTo(withoutRoom(errors.get(1))).isEqualTo(withoutRoom(errors.get(2)));
        assertThat(seqs(ofRoom(replay, "message.new", mine))).containsExactly(1L);
        assertThat(ofRoom(replay, "message.new", secret)).isEmpty();
        assertThat(ofRoom(replay, "message.new", left)).isEmpty();
        assertThat(replay.stream().filter(f -> type(f).equals("member.added"))).isEmpty();
    }

    private static JsonNode withoutRoom(JsonNode frame) {
        ObjectNode copy = frame.deepCopy();
        copy.remove("roomId");
        return copy;
    }

    /**
     * Every kind of change made while a client was away — edit, reaction, deletion, rename,
     * member added, role change, member removed — comes back with {@code changes}, in the
     * room's order, numbered one after the other, as a session that stayed connected got them;
     * a sync from the new position replays nothing.
     */
    @Test
    void a_sync_with_a_change_position_replays_every_kind_of_change_once_as_it_was_sent_live() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var carol = node.newUser("carol");
        String room = ana.createRoom("group", "Changes", bob);
        String first = ana.send(room, "tpyo").get("id").asText();
        JsonNode seen = bob.api().get("/v1/rooms/" + room).json();
        long lastSeq = seen.get("lastSeq").asLong();
        long lastChange = seen.get("lastChange").asLong();
        var steady = sessions.open(bob);

        String path = "/v1/rooms/" + room;
        ana.api().patch(path + "/messages/" + first, Map.of("text", "typo"));
        String second = ana.send(room, "react to me").get("id").asText();
        bob.api().put(path + "/messages/" + second + "/reactions/tada", null);
        ana.api().delete(path + "/messages/" + first);
        ana.api().patch(path, Map.of("name", "Renamed"));
        ana.api().post(path + "/members", Map.of("userIds", List.of(carol.id())));
        ana.api().patch(path + "/members/" + carol.id(), Map.of("role", "moderator"));
        ana.api().delete(path + "/members/" + carol.id());
        List<String> kinds = List.of("message.updated", "message.new", "reaction.added", "message.deleted",
                "room.updated", "member.added", "member.updated", "member.removed");
        steady.awaitFrame(f -> type(f).equals("member.removed"));
        List<JsonNode> live = steady.eventsOfRoom(room).stream().filter(f -> kinds.contains(type(f))).toList();

        var back = sessions.open(bob);
        List<JsonNode> replayed = ofRoom(back.syncWithChanges(room, lastSeq, lastChange), room);

        assertThat(replayed).as("%s", replayed).extracting(WsTestClient::type).containsExactlyElementsOf(kinds);
        assertThat(replayed.stream().filter(f -> f.has("change")).map(f -> f.get("change").asLong()).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(lastChange + 1, lastChange + 7).boxed().toList());
        assertThat(live).extracting(WsTestClient::type).containsExactlyElementsOf(kinds);
        for (int i = 0; i < kinds.size(); i++) {
            if (replayed.get(i).has("change")) {
                assertThat(replayed.get(i)).as("replayed %s", kinds.get(i)).isEqualTo(live.get(i));
            }
        }
        JsonNode now = bob.api().get(path).json();
        assertThat(now.get("lastChange").asLong()).isEqualTo(lastChange + 7);
        assertThat(ofRoom(back.syncWithChanges(room, now.get("lastSeq").asLong(), now.get("lastChange").asLong()),
                room)).as("nothing is replayed twice").isEmpty();
    }

    private static List<JsonNode> ofRoom(List<JsonNode> frames, String room) {
        return frames.stream().filter(f -> room.equals(f.path("roomId").asText(null))).toList();
    }

    @Test
    void a_change_position_that_is_not_a_number_is_refused_in_plain_words() {
        var bob = node.newUser("bob");
        String room = bob.createRoom("group", "Mine");
        var session = sessions.open(bob);

        session.send(frame("sync", "rooms", Map.of(room, 0), "changes", Map.of(room, "soon"), "ref", "s1"));
        JsonNode error = session.awaitReply("s1");

        assertThat(error.get("code").asText()).isEqualTo("validation_failed");
        assertThat(error.get("detail").asText()).isEqualTo("changes must map room ids to the last change held (numbers)");
    }
}
