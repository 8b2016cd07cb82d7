package dev.parley.server.streams;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample bot of {@code examples/echo-bot}, started with its documented command against a real
 * node: it subscribes by webhook, verifies the deliveries, answers commands with streamed replies
 * and stops when a member asks.
 */
class EchoBotIT {
    private static final Path BOT = Path.of("../examples/echo-bot").toAbsolutePath().normalize();

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withWebhooks(new ParleyConfig.Webhooks(true,
            List.of(Duration.ofSeconds(1)), Duration.ofSeconds(3))));
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private final String botId = "echo-bot-" + System.nanoTime();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process bot;

    @BeforeEach
    void startTheBot() throws Exception {
        var command = new ProcessBuilder("node", "bot.mjs").directory(BOT.toFile()).redirectErrorStream(true);
        command.environment().putAll(Map.of("PARLEY_URL", node.url(), "PARLEY_API_SECRET", TestNode.API_SECRET,
                "BOT_ID", botId, "BOT_PORT", "0", "BOT_DELAY_MS", "100"));
        bot = command.start();
        Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (java.io.IOException ignored) {
                // the bot stopped
            }
        });
        await().atMost(Duration.ofSeconds(30)).failFast("the bot exited: " + output, () -> !bot.isAlive())
                .until(() -> output.stream().anyMatch(line -> line.contains("is ready")));
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.destroy();
        bot.waitFor();
    }

    private static Predicate<JsonNode> fromBot(String frameType, String botId) {
        return f -> type(f).equals(frameType) && botId.equals(f.path("message").path("userId").asText());
    }

    /** A group of {@code ana}'s with the bot in it. */
    private String roomWithTheBot(TestNode.User ana, String name) {
        String room = ana.createRoom("group", name);
        assertThat(ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(botId))).status())
                .isBetween(200, 201);
        return room;
    }

    @Test
    void the_echo_bot_answers_a_command_with_a_streamed_reply() {
        var ana = node.newUser("ana");
        String room = roomWithTheBot(ana, "With the bot");
        WsTestClient session = sessions.open(ana);

        JsonNode command = ana.send(room, "/echo streams are fun to watch");

        JsonNode started = session.awaitFrame(fromBot("message.new", botId));
        assertThat(started.path("message").path("streaming").asBoolean()).isTrue();
        assertThat(started.path("message").path("parentId").asText()).isEqualTo(command.get("id").asText());
        String replyId = started.path("message").path("id").asText();
        JsonNode done = session.awaitFrame(fromBot("message.updated", botId));
        assertThat(done.path("message").path("text").asText()).isEqualTo("streams are fun to watch");
        assertThat(done.path("message").path("streaming").asBoolean()).isFalse();
        assertThat(session.framesOfType("message.delta")).as("the reply grew on screen before it ended")
                .anyMatch(d -> d.path("messageId").asText().equals(replyId));
        assertThat(session.framesOfType("typing")).as("the bot was thinking first")
                .anyMatch(t -> t.path("userId").asText().equals(botId));
    }

    @Test
    void the_echo_bot_stops_counting_when_a_member_presses_stop() {
        var ana = node.newUser("ana");
        String room = roomWithTheBot(ana, "Counting");
        WsTestClient session = sessions.open(ana);

        ana.send(room, "/count 50");
        JsonNode started = session.awaitFrame(fromBot("message.new", botId));
        String replyId = started.path("message").path("id").asText();
        session.awaitFrame(f -> type(f).equals("message.delta") && f.path("messageId").asText().equals(replyId));
        var stop = ana.api().post("/v1/rooms/" + room + "/messages/" + replyId + "/stop", Map.of());

        assertThat(stop.status()).isEqualTo(204);
        JsonNode done = session.awaitFrame(fromBot("message.updated", botId));
        assertThat(done.path("message").path("text").asText()).startsWith("1").endsWith("(stopped)")
                .doesNotContain(" 50");
    }

    @Test
    void the_help_lists_the_commands() {
        var ana = node.newUser("ana");
        String room = roomWithTheBot(ana, "Help");
        WsTestClient session = sessions.open(ana);

        ana.send(room, "/help");

        JsonNode done = session.awaitFrame(fromBot("message.updated", botId));
        assertThat(done.path("message").path("text").asText()).contains("/echo", "/count", "Stop");
    }
}
