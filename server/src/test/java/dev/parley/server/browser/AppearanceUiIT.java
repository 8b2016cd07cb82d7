package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin panel's theme editor in a real browser: an admin changes the primary color, the
 * preview shows it before saving, and a chat open in another browser takes it after saving,
 * without a reload and without a restart — an embedded chat as well.
 */
class AppearanceUiIT {
    private static final String NEW_PRIMARY = "#b5179e";

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    @AfterEach
    void resetTheAppearance() {
        node.server().delete("/v1/admin/appearance");
    }

    private Page open(TestNode.User user, String path) {
        return pages.at(node, user, path);
    }

    /** The primary color the chat's root wears now. */
    private static String primary(Page page) {
        return page.locator(".parley-root").first()
                .evaluate("el => getComputedStyle(el).getPropertyValue('--parley-primary').trim()").toString();
    }

    private static String rgb(String hex) {
        int n = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (n >> 16 & 255) + ", " + (n >> 8 & 255) + ", " + (n & 255) + ")";
    }

    @Test
    void an_admin_changes_the_primary_color_and_an_open_chat_wears_it_without_a_reload() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        assertThat(node.server().put("/v1/admin/appearance", Map.of("theme", Map.of("mode", "light"))).status())
                .isEqualTo(200);
        Page chat = open(ana, "/");
        assertThat(chat.getByTestId("profile-button")).isVisible();
        String oldPrimary = primary(chat);
        assertThat(oldPrimary).isNotEqualTo(NEW_PRIMARY);
        chat.evaluate("window.__sameDocument = true");

        Page panel = open(admin, "/admin#/theme");
        panel.getByLabel("Primary, hex").fill(NEW_PRIMARY);
        assertThat(panel.getByTestId("preview-send")).hasCSS("background-color", rgb(NEW_PRIMARY));
        assertThat(primary(chat)).isEqualTo(oldPrimary); // not saved yet
        panel.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(panel.getByText("The theme was saved; open chats apply it now.")).isVisible();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(primary(chat)).isEqualTo(NEW_PRIMARY));
        assertThat(chat.evaluate("window.__sameDocument === true")).isEqualTo(true);
        var stored = admin.api().get("/v1/admin/appearance").json().get("stored");
        assertThat(stored.at("/theme/light/primary").asText()).isEqualTo(NEW_PRIMARY);
        assertThat(stored.at("/theme/mode").asText()).isEqualTo("light");
    }

    @Test
    void an_embedded_chat_wears_a_new_theme_without_a_reload_too() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Embedded", bob);
        ana.send(roomId, "Hello from the host's page");
        Page embed = chromium.open(pages.track(chromium.newContext()),
                node.url() + "/embed/rooms/" + roomId + "#token=" + node.token(bob.id()));
        assertThat(embed.getByText("Hello from the host's page")).isVisible();
        assertThat(primary(embed)).isNotEqualTo(NEW_PRIMARY);
        embed.evaluate("window.__sameDocument = true");

        assertThat(node.server().put("/v1/admin/appearance", Map.of("theme", Map.of("mode", "light",
                "light", Map.of("primary", NEW_PRIMARY)))).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(primary(embed)).isEqualTo(NEW_PRIMARY));
        assertThat(embed.evaluate("window.__sameDocument === true")).isEqualTo(true);
    }
}
