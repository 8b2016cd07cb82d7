package dev.parley.server.browser;

import static dev.parley.server.browser.AppLocators.button;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin panel's credentials and privacy actions: rotating the API secret (confirmed, the new
 * secret shown once) and, on the users page, exporting a user's data and erasing them.
 */
class AdminPrivacyUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private Page open(TestNode.User user, String path) {
        return pages.at(node, user, path);
    }

    @Test
    void an_admin_rotates_the_api_secret_after_a_confirmation_and_sees_the_new_one_once() {
        var admin = node.newUser("admin", "admin");

        Page page = open(admin, "/admin");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API key")).click();
        assertThat(page.getByText(TestNode.API_KEY, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("No old secret is accepted.")).isVisible();
        button(page.locator("main"), "Rotate secret…").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("24 hour(s)");
        button(dialog, "Rotate").click();

        Locator shown = page.getByLabel("New API secret");
        assertThat(shown).hasValue(Pattern.compile("^sk_.{20,}$"));
        assertThat(page.getByText("Copy it now: it is shown only this once.", new Page.GetByTextOptions())).isVisible();
        assertThat(page.getByText("No old secret is accepted.")).hasCount(0);
        String secret = shown.inputValue();
        assertThat(new ApiClient(node.url(), secret).get("/v1/users/" + admin.id()).status()).isEqualTo(200);
        assertThat(node.server().get("/v1/users/" + admin.id()).status()).isEqualTo(200); // the old one, in its window

        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API key"))).isVisible();
        assertThat(page.getByTestId("new-secret")).hasCount(0);
        assertThat(page.content()).doesNotContain(secret);
    }

    @Test
    void an_admin_downloads_a_users_data_then_erases_them_keeping_their_messages() throws Exception {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = bob.createRoom("group", "Privacy " + UUID.randomUUID(), ana);
        ana.send(room, "my words stay");

        Page page = open(admin, "/admin#/users");
        page.getByLabel("Search users by id or name").fill(ana.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator row = page.locator("[data-user-id='" + ana.id() + "']");
        Download download = page.waitForDownload(() -> button(row, "Export data").click());
        var export = new ObjectMapper().readTree(Files.readString(download.path()));
        assertThat(export.at("/profile/id").asText()).isEqualTo(ana.id());
        assertThat(export.at("/messages/0/text").asText()).isEqualTo("my words stay");

        button(row, "Erase…").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText(ana.id());
        dialog.getByLabel("Keep them, shown as written by “Deleted user”").check();
        button(dialog, "Erase and keep messages").click();

        assertThat(page.getByText(Pattern.compile("was erased; 0 message\\(s\\) deleted\\.$"))).isVisible();
        assertThat(row).containsText("Deleted user");
        assertThat(row).containsText("Deactivated");
        assertThat(ana.api().get("/v1/rooms").status()).isEqualTo(401);
        assertThat(bob.api().allMessages(room).getFirst().get("text").asText()).isEqualTo("my words stay");
    }
}
