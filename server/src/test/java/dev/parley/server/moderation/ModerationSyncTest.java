package dev.parley.server.moderation;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A ban, a mute, a freeze and their lifting, made while a client was away, come back with
 * {@code sync} in the room's change order, exactly as a connected session got them, and once.
 */
class ModerationSyncTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void a_missed_ban_mute_and_freeze_are_replayed_once_as_they_were_sent_live() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = owner.createRoom("channel", "Moderated", ana, bob, cid);
        String path = "/v1/rooms/" + room;
        JsonNode seen = ana.api().get(path).json();
        long lastSeq = seen.get("lastSeq").asLong();
        long lastChange = seen.get("lastChange").asLong();
        var steady = sessions.open(ana);

        owner.api().post(path + "/mutes", Map.of("userId", bob.id(), "reason", "shouting", "durationSeconds", 600));
        owner.api().post(path + "/bans", Map.of("userId", cid.id()));
        owner.api().patch(path, Map.of("frozen", true));
        owner.api().delete(path + "/mutes/" + bob.id());
        owner.api().patch(path, Map.of("frozen", false));
        owner.api().delete(path + "/bans/" + cid.id());
        List<String> kinds = List.of("member.muted", "member.banned", "member.removed", "room.frozen",
                "member.unmuted", "room.frozen", "member.unbanned");
        steady.awaitFrame(f -> type(f).equals("member.unbanned"));
        List<JsonNode> live = steady.eventsOfRoom(room).stream().filter(f -> kinds.contains(type(f))).toList();

        var back = sessions.open(ana);
        List<JsonNode> replayed = back.syncWithChanges(room, lastSeq, lastChange).stream()
                .filter(f -> room.equals(f.path("roomId").asText(null))).toList();

        assertThat(replayed).as("%s", replayed).extracting(WsTestClient::type).containsExactlyElementsOf(kinds);
        assertThat(replayed).extracting(f -> f.get("change").asLong()).containsExactlyElementsOf(
                LongStream.rangeClosed(lastChange + 1, lastChange + kinds.size()).boxed().toList());
        assertThat(replayed).isEqualTo(live);
        assertThat(replayed.getFirst().get("reason").asText()).isEqualTo("shouting");
        assertThat(replayed.get(3).get("frozen").asBoolean()).isTrue();
        assertThat(replayed.get(5).get("frozen").asBoolean()).isFalse();

        JsonNode now = ana.api().get(path).json();
        assertThat(now.get("lastChange").asLong()).isEqualTo(lastChange + kinds.size());
        assertThat(back.syncWithChanges(room, now.get("lastSeq").asLong(), now.get("lastChange").asLong()).stream()
                .filter(f -> room.equals(f.path("roomId").asText(null)))).as("nothing is replayed twice").isEmpty();
    }
}
