package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.parley.server.TestNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's screenshots of the app in its light and dark theme, taken only when asked:
 * {@code ./mvnw -B -pl server -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ScreenshotsIT -Dparley.screenshots=$PWD/docs/img}.
 */
class ScreenshotsIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @Test
    void the_app_in_light_and_dark() {
        String target = System.getProperty("parley.screenshots");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "set -Dparley.screenshots=DIR to take them");
        var ana = person("ana", "Ana Lima");
        var bruno = person("bruno", "Bruno Costa");
        var chen = person("chen", "Chen Wei");
        String room = ana.createRoom("group", "Design review", bruno, chen);
        bruno.send(room, "Morning! The new onboarding mockups are in the shared folder.");
        chen.send(room, "Looks great. Can we make the **sign-up button** stand out a bit more?");
        String question = ana.send(room, "Agreed. Bruno, could you try the primary color there?").get("id").asText();
        bruno.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "On it, I'll push a version after lunch.",
                "parentId", question));
        chen.api().put("/v1/rooms/" + room + "/messages/" + question + "/reactions/%F0%9F%91%8D", null);
        bruno.api().put("/v1/rooms/" + room + "/messages/" + question + "/reactions/%F0%9F%91%8D", null);
        String lunch = chen.createRoom("group", "Lunch crew", ana);
        chen.send(lunch, "Ramen at 12:30?");
        String general = bruno.createRoom("channel", "General", ana, chen);
        bruno.send(general, "Release 1.4 ships on Thursday");
        var direct = bruno.api().post("/v1/rooms/direct", Map.of("userId", ana.id())).json().get("id").asText();
        bruno.send(direct, "Do you have a minute for the roadmap?");

        for (var scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1200, 720)
                    .setColorScheme(scheme).setDeviceScaleFactor(1));
            context.addInitScript("localStorage.setItem('parley.token', " + Chromium.jsString(node.token(ana.id())) + ")");
            Page page = chromium.open(context, node.url() + "/rooms/" + room);
            page.locator("[data-testid=room-item][data-room-id='" + room + "']").click();
            assertThat(page.locator("[data-testid=message]").last()).isVisible();
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of(target, "app-" + scheme.name().toLowerCase() + ".png")));
            context.close();
        }
    }

    private static TestNode.User person(String id, String name) {
        node.server().put("/v1/users/" + id, Map.of("name", name));
        return new TestNode.User(id, node.anonymous().withBearer(node.token(id)));
    }
}
