package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The compact {@code <parley-chat>} widget on a shop page: while closed it keeps its one
 * WebSocket, so a customer sees the agent's answer as a badge and a preview on the launcher,
 * and the launcher wears the theme's primary colour. What the closed widget costs (requests
 * and frames while idle) is printed ({@code [MEASURED]}) for docs/benchmarks.md.
 */
class WidgetLauncherIT {
    static final FixtureSite shop = new FixtureSite();

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> {
        var file = ConfigFiles.load("chat.web.theme.light.primary=#0a7d3b\n");
        return config.withWeb(new ParleyConfig.Web("", List.of(shop.origin()), List.of(shop.origin()),
                file.web().clients()));
    });

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @AfterAll
    static void stopSite() {
        shop.close();
    }

    @Test
    void a_closed_compact_widget_shows_a_badge_and_a_preview_when_the_agent_answers() throws Exception {
        var agent = node.newUser("agent");
        var customer = node.newUser("customer");
        String roomId = agent.createRoom("group", "Support", customer);
        String html = "<!doctype html><html><body><h1>Shop</h1>"
                + "<parley-chat server=\"" + node.url() + "\" token=\"" + node.token(customer.id()) + "\" room=\""
                + roomId + "\" mode=\"compact\" theme=\"light\"></parley-chat>"
                + "<script type=\"module\" src=\"" + node.url() + "/widget.js\"></script></body></html>";
        BrowserContext context = chromium.newContext();
        try {
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger frames = new AtomicInteger();
            Page page = context.newPage();
            page.onRequest(r -> requests.incrementAndGet());
            page.onWebSocket(ws -> {
                ws.onFrameSent(f -> frames.incrementAndGet());
                ws.onFrameReceived(f -> frames.incrementAndGet());
            });
            page.navigate(shop.page("/shop.html", html));
            Locator launcher = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Open chat")));
            assertThat(launcher).isVisible();
            assertThat(launcher).hasCSS("background-color", "rgb(10, 125, 59)");
            page.waitForTimeout(2_000); // booted and connected
            int requestsAtRest = requests.get();
            int framesAtRest = frames.get();
            page.waitForTimeout(10_000);
            System.out.println("[MEASURED] closed compact widget, 10 s idle after boot: "
                    + (requests.get() - requestsAtRest) + " HTTP requests, " + (frames.get() - framesAtRest)
                    + " WebSocket frames; boot: " + requestsAtRest + " requests, " + framesAtRest + " frames");

            agent.send(roomId, "Your order shipped today");

            assertThat(page.getByTestId("launcher-badge")).hasText("1");
            assertThat(page.getByTestId("launcher-preview")).hasText("Your order shipped today");
            assertThat(launcher).hasAttribute("aria-label", Pattern.compile("1 unread"));
            launcher.click();
            assertThat(AppLocators.messages(page, "Your order shipped today")).hasCount(1);
            assertThat(page.getByTestId("launcher-badge")).hasCount(0);
        } finally {
            context.close();
        }
    }
}
