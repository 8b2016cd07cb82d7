package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.core.user.DirectoryVisibility;
import dev.parley.server.TestNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web UI's "New chat" on a server whose directory is closed ({@code users.directory=none}). */
class DirectoryUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withIdentity(
            config.identity().withDirectory(DirectoryVisibility.NONE)));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @Test
    void new_chat_asks_for_an_exact_user_id_and_offers_no_matches() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String bobsName = bob.api().get("/v1/me").json().get("name").asText();
        BrowserContext context = chromium.signedIn(node.token(alice.id()));
        try {
            Page page = chromium.open(context, node.url() + "/");
            var searches = new java.util.concurrent.atomic.AtomicInteger();
            page.onRequest(request -> {
                if (request.url().contains("/v1/users?")) {
                    searches.incrementAndGet();
                }
            });
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New chat")).click();

            assertThat(page.getByText("Type the exact user ID of the person you want to write to.")).isVisible();
            page.getByLabel("User ID").fill(bobsName);
            page.waitForTimeout(500); // longer than the search delay: a search would have answered by now
            assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("People"))
                    .getByRole(AriaRole.BUTTON)).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(searches.get()).as("directory searches").isZero();

            page.getByLabel("User ID").fill(bob.id());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start chat")).click();
            assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                    .locator("[data-testid=room-item]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                            .setHasText(bobsName))).isVisible();
        } finally {
            context.close();
        }
    }
}
