package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bot's streamed reply in the web UI (Chromium): "thinking…", the text growing, Stop reaching the bot, the end. */
class BotStreamIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);
    private final List<WsTestClient> sockets = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeSockets() {
        sockets.forEach(WsTestClient::close);
    }

    private static String stream(TestNode.User bot, String room, JsonNode message, Map<String, Object> body) {
        var answer = bot.api().post("/v1/rooms/" + room + "/messages/" + message.get("id").asText() + "/stream", body);
        if (answer.status() != 200) {
            throw new AssertionError("streaming: " + answer);
        }
        return answer.json().get("text").asText();
    }

    @Test
    void a_bots_streamed_reply_grows_on_screen_stop_reaches_the_bot_and_the_reply_ends() {
        var bot = node.newUser("helper", "bot");
        var ana = node.newUser("ana");
        String roomId = ana.createRoom("group", "Ask the helper", bot);
        WsTestClient botSocket = WsTestClient.connect(node);
        sockets.add(botSocket);
        botSocket.authenticate(node.token(bot.id()));
        Page page = pages.app(node, ana);
        ChatPages.room(page, "Ask the helper").click();
        assertThat(page.getByText("You cannot send messages here.")).hasCount(0);

        bot.api().post("/v1/rooms/" + roomId + "/typing", Map.of());
        assertThat(page.getByTestId("typing-indicator")).containsText("is thinking…");

        var started = bot.api().post("/v1/rooms/" + roomId + "/messages",
                Map.of("text", "", "clientId", UUID.randomUUID().toString(), "streaming", true));
        assertThat(started.status()).isEqualTo(201);
        JsonNode message = started.json();
        Locator reply = page.locator("[data-message-id='" + message.get("id").asText() + "']");
        assertThat(reply).hasAttribute("data-streaming", "true");
        assertThat(reply).containsText("Thinking…");

        stream(bot, roomId, message, Map.of("append", "Once upon"));
        assertThat(reply.locator(".parley-text")).hasText("Once upon");
        assertThat(reply.getByTestId("stream-caret")).isVisible();
        stream(bot, roomId, message, Map.of("append", " a time"));
        stream(bot, roomId, message, Map.of("append", " there was"));
        assertThat(reply.locator(".parley-text")).hasText("Once upon a time there was");

        reply.getByTestId("stop-stream").click();
        JsonNode stop = botSocket.awaitFrame(f -> type(f).equals("message.stop_requested"));
        assertThat(stop.get("messageId").asText()).isEqualTo(message.get("id").asText());
        assertThat(stop.get("userId").asText()).isEqualTo(ana.id());
        assertThat(reply.getByTestId("stop-stream")).isDisabled();

        String whole = stream(bot, roomId, message, Map.of("append", " a bot.", "final", true));
        assertThat(whole).isEqualTo("Once upon a time there was a bot.");
        assertThat(reply.locator(".parley-text")).hasText(whole);
        assertThat(reply).not().hasAttribute("data-streaming", "true");
        assertThat(reply.getByTestId("stream-caret")).hasCount(0);
        assertThat(reply.getByTestId("stop-stream")).hasCount(0);
    }

    @Test
    void a_reply_opened_mid_stream_shows_the_text_so_far_and_keeps_growing() {
        var bot = node.newUser("helper", "bot");
        var ana = node.newUser("ana");
        String roomId = ana.createRoom("group", "Late arrival", bot);
        var started = bot.api().post("/v1/rooms/" + roomId + "/messages",
                Map.of("text", "Already", "clientId", UUID.randomUUID().toString(), "streaming", true));
        JsonNode message = started.json();
        stream(bot, roomId, message, Map.of("append", " written"));

        Page page = pages.app(node, ana);
        ChatPages.room(page, "Late arrival").click();
        Locator reply = page.locator("[data-message-id='" + message.get("id").asText() + "']");
        assertThat(reply.locator(".parley-text")).hasText("Already written");
        assertThat(reply).hasAttribute("data-streaming", "true");

        stream(bot, roomId, message, Map.of("append", " and more", "final", true));
        assertThat(reply.locator(".parley-text")).hasText("Already written and more");
        assertThat(reply.getByTestId("stream-caret")).hasCount(0);
    }
}
