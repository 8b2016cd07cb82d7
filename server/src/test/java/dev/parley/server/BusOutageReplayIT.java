package dev.parley.server;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes as processes on one PostgreSQL and one Redis (the test's own); node B reaches Redis
 * through a proxy the test cuts. While B is cut off, every kind of room change is made on node A;
 * once B is back, a session that stayed connected to B holds each of them exactly once, in the
 * room's order — the order a session on A got them live — with no reconnect and no {@code sync}.
 */
class BusOutageReplayIT {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** The kinds of room events this test follows (not read marks, typing or presence). */
    private static final List<String> KINDS = List.of("message.new", "message.updated", "message.deleted",
            "reaction.added", "reaction.removed", "room.updated", "room.deleted", "member.added", "member.updated",
            "member.removed");

    @TempDir
    static Path dir;

    @Test
    void a_session_on_a_node_cut_off_from_redis_gets_every_change_made_meanwhile_once_and_in_order()
            throws Exception {
        try (TestDatabase database = TestDatabases.postgres(); TestRedis redis = TestRedis.start(dir);
                TcpProxy link = TcpProxy.to("127.0.0.1", port(redis));
                ServerProcess a = ServerProcess.clusterNode(dir, "a", database, redis, patient());
                ServerProcess b = ServerProcess.clusterNode(dir, "b", database, redis, viaProxy(link))) {
            ApiClient admin = a.client(TestNode.API_SECRET);
            for (String user : List.of("ana", "bob", "cy")) {
                admin.put("/v1/users/" + user, Map.of("name", user));
            }
            ApiClient ana = a.client(token(admin, "ana"));
            String room = create(ana, "Outage", "bob");
            String doomed = create(ana, "Doomed", "bob");
            String joinedLater = create(ana, "Later", "cy");
            String path = "/v1/rooms/" + room;
            String kept = send(ana, room, "kept");
            try (WsTestClient away = WsTestClient.connect(b.url()); WsTestClient steady = WsTestClient.connect(a.url())) {
                away.authenticate(token(admin, "bob"));
                steady.authenticate(token(admin, "bob"));
                String warm = send(ana, room, "warm up");
                send(ana, doomed, "warm up too");
                for (WsTestClient session : List.of(away, steady)) {
                    session.awaitFrame(f -> type(f).equals("message.new") && doomed.equals(f.path("roomId").asText()));
                    session.awaitFrame(f -> type(f).equals("message.new") && room.equals(f.path("roomId").asText()));
                }
                int before = away.received();
                int steadyBefore = steady.received();

                link.cut();
                await().atMost(SLOW).until(() -> b.client(TestNode.API_SECRET).get("/ready").status() == 503);
                String fresh = send(ana, room, "while B is away");
                ok(ana.patch(path + "/messages/" + fresh, Map.of("text", "edited while B is away")));
                ok(ana.put(path + "/messages/" + kept + "/reactions/tada", null));
                ok(ana.put(path + "/messages/" + fresh + "/reactions/eyes", null));
                ok(ana.delete(path + "/messages/" + kept + "/reactions/tada"));
                ok(ana.delete(path + "/messages/" + warm));
                ok(ana.patch(path, Map.of("name", "Renamed while B is away")));
                ok(ana.post(path + "/members", Map.of("userIds", List.of("cy"))));
                ok(ana.patch(path + "/members/cy", Map.of("role", "moderator")));
                ok(ana.delete(path + "/members/cy"));
                ok(ana.delete("/v1/rooms/" + doomed));
                ok(ana.post("/v1/rooms/" + joinedLater + "/members", Map.of("userIds", List.of("bob"))));
                assertThat(b.client(TestNode.API_SECRET).get("/ready").status()).as("B was cut off all along")
                        .isEqualTo(503);

                link.restore();
                await().atMost(SLOW).until(() -> b.client(TestNode.API_SECRET).get("/ready").status() == 200);
                String after = send(ana, room, "after the outage");
                for (WsTestClient session : List.of(away, steady)) {
                    session.awaitFrame(f -> type(f).equals("message.new") && after.equals(f.at("/message/id").asText()));
                }

                List<JsonNode> live = steady.frames().subList(steadyBefore, steady.received());
                List<JsonNode> repaired = away.frames().subList(before, away.received());
                assertThat(trail(live, room)).as("what a session on A got live").containsExactly(
                        "message.new " + fresh, "message.updated " + fresh, "reaction.added " + kept,
                        "reaction.added " + fresh, "reaction.removed " + kept, "message.deleted " + warm,
                        "room.updated", "member.added cy", "member.updated cy", "member.removed cy",
                        "message.new " + after);
                assertThat(trail(repaired, room)).as("what the session on B got after the outage")
                        .containsExactlyElementsOf(trail(live, room));
                assertThat(changes(repaired, room)).as("change numbers, each once")
                        .hasSize(9).containsExactlyElementsOf(changes(live, room));
                assertThat(trail(repaired, doomed)).as("a room deleted meanwhile").containsExactly("room.deleted");
                assertThat(trail(repaired, joinedLater)).as("a room joined meanwhile, once")
                        .containsExactly("member.added bob");
                JsonNode joined = away.awaitFrame(f -> type(f).equals("member.added")
                        && joinedLater.equals(f.path("roomId").asText()));
                assertThat(joined.at("/room/name").asText()).isEqualTo("Later");
            }
        }
    }

    /** The room's events of {@link #KINDS}, as "type subject". */
    private static List<String> trail(List<JsonNode> frames, String roomId) {
        return ofRoom(frames, roomId).stream().map(f -> (type(f) + " " + subject(f)).trim()).toList();
    }

    private static List<Long> changes(List<JsonNode> frames, String roomId) {
        return ofRoom(frames, roomId).stream().filter(f -> f.has("change")).map(f -> f.get("change").asLong())
                .toList();
    }

    private static List<JsonNode> ofRoom(List<JsonNode> frames, String roomId) {
        return frames.stream().filter(f -> roomId.equals(f.path("roomId").asText()) && KINDS.contains(type(f)))
                .toList();
    }

    private static String subject(JsonNode f) {
        return switch (type(f)) {
            case "message.new", "message.updated", "message.deleted" -> f.at("/message/id").asText();
            case "reaction.added", "reaction.removed" -> f.path("messageId").asText();
            case "member.added", "member.updated" -> f.at("/member/userId").asText();
            case "member.removed" -> f.path("userId").asText();
            default -> "";
        };
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 204);
    }

    private static Map<String, String> patient() {
        // The sessions wait through the outage without sending anything.
        return Map.of("PARLEY_WS_IDLE_TIMEOUT_SECONDS", "600");
    }

    private static Map<String, String> viaProxy(TcpProxy link) {
        Map<String, String> settings = new HashMap<>(patient());
        settings.put("PARLEY_REDIS_URL", "redis://127.0.0.1:" + link.port());
        return settings;
    }

    private static int port(TestRedis redis) {
        return Integer.parseInt(redis.url().substring(redis.url().lastIndexOf(':') + 1));
    }

    private static String create(ApiClient owner, String name, String member) {
        var created = owner.post("/v1/rooms", Map.of("type", "group", "name", name, "memberIds", List.of(member)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String send(ApiClient author, String room, String text) {
        var sent = author.post("/v1/rooms/" + room + "/messages",
                Map.of("text", text, "clientId", UUID.randomUUID().toString()));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.json().get("id").asText();
    }

    private static String token(ApiClient admin, String user) {
        return admin.post("/v1/users/" + user + "/tokens", Map.of()).json().get("token").asText();
    }
}
