package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.calls.NodeWithTurn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A call whose browsers may only use relayed candidates ({@code iceTransportPolicy: "relay"})
 * through Debian's coturn on loopback, with the TURN credentials Parley minted: it connects and
 * media flows, so coturn accepted them.
 */
class CallRelayIT {
    /** Makes every RTCPeerConnection of the page use TURN relays only. */
    private static final String RELAY_ONLY = """
            (() => {
              const Original = window.RTCPeerConnection;
              window.RTCPeerConnection = function (config) {
                return new Original({ ...(config || {}), iceTransportPolicy: "relay" });
              };
              window.RTCPeerConnection.prototype = Original.prototype;
            })();
            """;
    @RegisterExtension
    @Order(1)
    static final NodeWithTurn servers = new NodeWithTurn();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = Chromium.withFakeMedia();

    @RegisterExtension
    final OpenedPages pages = new OpenedPages(chromium);

    private Page app(TestNode.User user, String roomId) {
        return pages.app(servers.node(), user, roomId, RELAY_ONLY);
    }

    @Test
    void a_call_limited_to_turn_relays_connects_through_coturn_with_parleys_credentials() {
        var ana = servers.node().newUser("ana");
        var bob = servers.node().newUser("bob");
        String room = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();
        Page caller = app(ana, room);
        Page callee = app(bob, room);
        assertThat(callee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an audio call")))
                .isVisible();

        caller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an audio call")).click();
        callee.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Answer")).click();

        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call")).hasAttribute("data-connection", "callConnected",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            page.waitForCondition(() -> {
                String bytes = page.locator(".parley-call").getAttribute("data-bytes-received");
                return bytes != null && Long.parseLong(bytes) > 2_000;
            }, new Page.WaitForConditionOptions().setTimeout(20_000));
        }
    }
}
