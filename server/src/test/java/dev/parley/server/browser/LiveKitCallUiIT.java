package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.NodeTestClients;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls too big for a mesh go through LiveKit: the web UI fetches an access token and joins
 * with livekit-client. No LiveKit server can run here, so {@link FakeLiveKit} poses as one on
 * loopback: the test checks that each page connects to {@code <url>/rtc?access_token=…} with
 * a token livekit-server-sdk's TokenVerifier accepts for the call's room and that person, and
 * that a LiveKit server going away shows as a failed connection one can hang up from. Media
 * through a real LiveKit server is not tested.
 */
class LiveKitCallUiIT {
    private static final String KEY = "APIparleyui";
    private static final String SECRET = "livekit-ui-secret-0123456789abcdef012345";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(0)
    static final FakeLiveKit liveKit = FakeLiveKit.start();

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withCalls(config.calls().withMeshMax(2)
            .withLiveKit(new ParleyConfig.LiveKit(liveKit.url(), KEY, SECRET))));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = Chromium.withFakeMedia();

    @RegisterExtension
    final OpenedPages pages = new OpenedPages(chromium);

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void a_group_call_joins_livekit_with_a_token_it_accepts_for_the_call_and_the_person() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "All hands", bob, cid);
        Page caller = pages.app(node, ana, room);
        Page callee = pages.app(node, bob, room);
        assertThat(button(callee, "Start a video call")).isVisible();

        button(caller, "Start a video call").click();
        assertThat(caller.locator(".parley-call")).hasAttribute("data-mode", "livekit");
        String callId = caller.locator(".parley-call").getAttribute("data-call-id");
        callee.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Answer")).click();
        assertThat(callee.locator(".parley-call")).hasAttribute("data-mode", "livekit");

        List<URI> connections = liveKit.awaitSignalConnections(2, Duration.ofSeconds(20));
        List<String> tokens = new ArrayList<>();
        for (URI connection : connections) {
            assertThat(connection.getPath()).isEqualTo("/rtc");
            tokens.add(FakeLiveKit.query(connection).get("access_token"));
        }
        List<JsonNode> claims = verify(tokens);
        Set<String> identities = claims.stream().map(c -> c.get("sub").asText()).collect(Collectors.toSet());
        assertThat(identities).containsExactlyInAnyOrder(ana.id(), bob.id());
        for (JsonNode claim : claims) {
            assertThat(claim.get("video").get("room").asText()).isEqualTo(callId);
            assertThat(claim.get("video").get("roomJoin").asBoolean()).isTrue();
        }
        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call-state")).hasText("Connecting…");
        }

        liveKit.dropAll();

        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call-state")).hasText("The connection failed");
        }
        // Cid still rings, so the call goes on until the last one in it hangs up.
        button(callee, "Hang up").click();
        assertThat(callee.locator(".parley-call")).hasCount(0);
        assertThat(caller.locator(".parley-call")).isVisible();
        button(caller, "Hang up").click();
        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call")).hasCount(0);
            assertThat(page.locator(".parley-call-log[data-outcome=answered]")).hasCount(1);
        }
    }

    @Test
    void the_app_page_may_connect_to_the_configured_livekit_server_and_nowhere_else() {
        var page = node.anonymous().withHeader("Accept", "text/html").get("/");

        String policy = page.header("Content-Security-Policy");
        String connect = policy.substring(policy.indexOf("connect-src"), policy.indexOf(';', policy.indexOf("connect-src")));
        assertThat(connect.split(" ")).containsExactlyInAnyOrder("connect-src", "'self'", liveKit.url(),
                liveKit.url().replace("ws://", "http://"));
    }

    /** The tokens' claims as livekit-server-sdk's TokenVerifier reads them; fails on a token it rejects. */
    private static List<JsonNode> verify(List<String> tokens) throws Exception {
        String input = JSON.writeValueAsString(Map.of("apiKey", KEY, "apiSecret", SECRET, "tokens", tokens));
        List<JsonNode> claims = new ArrayList<>();
        for (String line : NodeTestClients.run("verify-livekit-token.mjs", input)) {
            assertThat(line).as("TokenVerifier's verdict").doesNotStartWith("rejected");
            claims.add(JSON.readTree(line));
        }
        return claims;
    }
}
