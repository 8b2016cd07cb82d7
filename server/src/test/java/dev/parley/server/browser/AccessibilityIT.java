package dev.parley.server.browser;

import static dev.parley.server.browser.AppLocators.messages;
import static dev.parley.server.browser.AppLocators.room;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.parley.server.TestNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core (the npm package, {@code web/node_modules/axe-core}) over the main screens — the
 * sign-in page, the room list with an open room holding a mention, the mention suggestions —
 * with no serious or critical violation allowed. Minor and moderate ones are printed.
 */
class AccessibilityIT {
    private static final Path AXE = Path.of("../web/node_modules/axe-core/axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    /** A laptop-sized browser that lets the test inject axe-core past the app's script-src 'self'. */
    private static BrowserContext auditContext() {
        return chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setBypassCSP(true));
    }

    static List<String> seriousViolations(Page page, String screen) throws Exception {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
        String result = (String) page.evaluate("async () => JSON.stringify((await axe.run(document)).violations)");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            List<String> targets = new ArrayList<>();
            violation.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
            String line = screen + ": " + violation.get("impact").asText() + " " + violation.get("id").asText() + " "
                    + targets + ": " + violation.get("help").asText();
            System.out.println("[AXE] " + line);
            if (List.of("serious", "critical").contains(violation.get("impact").asText())) {
                serious.add(line);
            }
        }
        return serious;
    }

    @Test
    void the_main_screens_have_no_serious_accessibility_violations() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Accessible room", bob);
        ana.send(roomId, "Hello @" + bob.id() + ", **welcome**");
        List<String> serious = new ArrayList<>();

        BrowserContext anonymous = auditContext();
        try {
            Page signIn = chromium.open(anonymous, node.url() + "/");
            PlaywrightAssertions.assertThat(signIn.locator("#parley-signin-title")).isVisible();
            serious.addAll(seriousViolations(signIn, "sign-in"));
        } finally {
            anonymous.close();
        }

        BrowserContext context = auditContext();
        context.addInitScript("try { window.localStorage.setItem('parley.token', "
                + Chromium.jsString(node.token(bob.id())) + "); } catch (e) {}");
        try {
            Page app = chromium.open(context, node.url() + "/");
            room(app, "Accessible room").click();
            PlaywrightAssertions.assertThat(messages(app, "welcome")).hasCount(1);
            serious.addAll(seriousViolations(app, "room"));
            AppLocators.composer(app).pressSequentially("@an");
            PlaywrightAssertions.assertThat(app.getByTestId("mention-suggestions")).isVisible();
            serious.addAll(seriousViolations(app, "mention suggestions"));
        } finally {
            context.close();
        }

        assertThat(serious).as("serious or critical axe-core violations").isEmpty();
    }
}
