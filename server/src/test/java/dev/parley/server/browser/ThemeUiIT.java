package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.AppLocators.room;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's theme everywhere in a real browser: the sign-in page wears it before anyone
 * signs in, and a theme that sets only its primary color tints the selected room with it rather
 * than with the default indigo.
 */
class ThemeUiIT {
    static final String CONFIG_FILE = """
            chat.web.theme.mode=light
            chat.web.theme.app-name=Greenhouse
            chat.web.theme.light.primary=#0a7d3b
            chat.web.theme.light.background=#fdf6e3
            """;

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withWeb(
            new ParleyConfig.Web("", List.of(), List.of(), ConfigFiles.load(CONFIG_FILE).web().clients())));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private static String rgb(String hex) {
        int n = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (n >> 16 & 255) + ", " + (n >> 8 & 255) + ", " + (n & 255) + ")";
    }

    @SuppressWarnings("unchecked")
    private static String lightColor(String key) {
        var theme = node.config().web().clients().find("web").orElseThrow().theme();
        return ((Map<String, String>) theme.get("light")).get(key);
    }

    @Test
    void the_sign_in_page_follows_the_theme() {
        Page page = chromium.open(pages.track(chromium.newContext()), node.url() + "/");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.locator(".parley-signin-app")).hasText("Greenhouse");
        assertThat(page.locator(".parley-root")).hasCSS("background-color", rgb("#fdf6e3"));
        Locator submit = page.locator(".parley-signin-card button[type=submit]");
        assertThat(submit).hasCSS("background-color", rgb("#0a7d3b"));
    }

    @Test
    void a_theme_that_sets_only_primary_tints_the_selected_room_with_it() {
        var ana = node.newUser("ana");
        ana.createRoom("group", "Garden", node.newUser("bob"));
        Page page = pages.at(node, ana, "/");

        room(page, "Garden").click();
        Locator selected = page.locator("[data-testid=room-item][aria-current=page]");
        assertThat(selected).not().hasCSS("background-color", rgb("#e0e7ff"));
        assertThat(selected).hasCSS("background-color", rgb(lightColor("ownBubble")));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New chat")))
                .hasCSS("background-color", rgb("#0a7d3b"));
    }
}
