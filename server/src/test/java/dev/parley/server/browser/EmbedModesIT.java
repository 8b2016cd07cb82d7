package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The other ways a host page hands Parley a token: postMessage to the embed (with a rejected
 * token first), a token endpoint for {@code <parley-chat>}, and the micro-frontend lifecycle.
 */
class EmbedModesIT {
    static final FixtureSite host = new FixtureSite();

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withWeb(new ParleyConfig.Web("",
            List.of(host.origin()), List.of(host.origin()), config.web().clients())));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    private BrowserContext context;

    @AfterAll
    static void stopSite() {
        host.close();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    private Page open(String url) {
        context = chromium.newContext();
        return chromium.open(context, url);
    }

    private static Locator message(Locator scope, String text) {
        return scope.locator("[data-testid=message]").filter(new Locator.FilterOptions().setHasText(text));
    }

    private String roomWith(TestNode.User owner, TestNode.User guest, String text) {
        String roomId = owner.createRoom("group", "Embedded", guest);
        owner.send(roomId, text);
        return roomId;
    }

    @Test
    void the_embed_takes_its_token_by_post_message_and_asks_again_when_one_is_rejected() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String roomId = roomWith(alice, bob, "Handed over by postMessage");
        String html = "<!doctype html><html><body><iframe id=\"chat\" title=\"chat\" style=\"width:420px;height:520px\" src=\""
                + node.url() + "/embed/rooms/" + roomId + "\"></iframe><script>\n"
                + "const tokens = ['not-a-valid-token', " + Chromium.jsString(node.token(bob.id())) + "];\n"
                + "window.asked = [];\n"
                + "window.addEventListener('message', (event) => {\n"
                + "  if (event.origin !== " + Chromium.jsString(node.url()) + " || !event.data) return;\n"
                + "  window.asked.push(event.data.type);\n"
                + "  const token = tokens.shift();\n"
                + "  if (token) document.getElementById('chat').contentWindow.postMessage({type: 'parley:token', token}, event.origin);\n"
                + "});\n</script></body></html>";

        Page page = open(host.page("/post-message.html", html));

        assertThat(message(page.frameLocator("iframe").locator("body"), "Handed over by postMessage")).hasCount(1);
        Object asked = page.evaluate("() => window.asked");
        assertThat(asked.toString()).contains("parley:ready").contains("parley:auth-required");
    }

    @Test
    void the_widget_fetches_its_token_from_the_host_pages_endpoint() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String roomId = roomWith(alice, bob, "Token from the endpoint");
        host.resource("/my/parley-token", "application/json", "{\"token\":\"" + node.token(bob.id()) + "\"}");
        String html = "<!doctype html><html><body><h1>Back office</h1>"
                + "<parley-chat server=\"" + node.url() + "\" token-endpoint=\"/my/parley-token\" room=\"" + roomId
                + "\" mode=\"single\" style=\"display:block;height:520px;width:420px\"></parley-chat>"
                + "<script type=\"module\" src=\"" + node.url() + "/widget.js\"></script></body></html>";

        Page page = open(host.page("/token-endpoint.html", html));

        assertThat(message(page.locator("parley-chat"), "Token from the endpoint")).hasCount(1);
    }

    @Test
    void a_micro_frontend_host_mounts_and_unmounts_the_chat() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String roomId = roomWith(alice, bob, "Mounted by the host");
        String html = "<!doctype html><html><body><div id=\"slot\" style=\"height:520px;width:420px\"></div>"
                + "<script type=\"module\">\n"
                + "const chat = await import(" + Chromium.jsString(node.url() + "/widget.js") + ");\n"
                + "await chat.bootstrap({});\n"
                + "const container = document.getElementById('slot');\n"
                + "await chat.mount({container, server: " + Chromium.jsString(node.url()) + ", token: "
                + Chromium.jsString(node.token(bob.id())) + ", room: " + Chromium.jsString(roomId) + ", mode: 'single'});\n"
                + "window.unmountChat = () => chat.unmount({container});\n"
                + "window.hasGlobal = typeof window.ParleyChat?.mount === 'function';\n"
                + "</script></body></html>";

        Page page = open(host.page("/micro-frontend.html", html));

        assertThat(message(page.locator("#slot"), "Mounted by the host")).hasCount(1);
        assertThat(page.evaluate("() => window.hasGlobal")).isEqualTo(true);
        page.evaluate("() => window.unmountChat()");
        assertThat(page.locator("#slot [data-testid=message]")).hasCount(0);
        assertThat(page.locator("#slot").innerHTML()).isEmpty();
    }
}
