package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user banned from the whole app sees a clear suspended page (with the ban's end and reason)
 * instead of a chat that only fails: at once when banned while the app is open, and again when
 * the app is loaded; signing out leads to the sign-in page. A ban from one room is no such thing.
 */
class SuspendedUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private Page openApp(TestNode.User user) {
        BrowserContext context = chromium.signedInForAudit(node.token(user.id()));
        pages.track(context);
        Page page = chromium.open(context, node.url() + "/");
        assertThat(page.getByTestId("profile-button")).isVisible(); // the chat, signed in
        return page;
    }

    private static com.microsoft.playwright.Locator suspendedHeading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account is suspended"));
    }

    @Test
    void a_user_banned_while_the_app_is_open_sees_the_suspended_page_with_reason_and_end_also_after_a_reload()
            throws Exception {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        Page page = openApp(ana);
        bob.createRoom("group", "Live proof", ana);
        assertThat(page.getByText("Live proof").first()).isVisible(); // came over the open WebSocket

        var ban = admin.api().post("/v1/admin/users/" + ana.id() + "/ban",
                Map.of("reason", "spam links in every room", "durationSeconds", 7200));
        assertThat(ban.status()).as(ban.toString()).isEqualTo(201);

        assertThat(suspendedHeading(page)).isVisible();
        assertThat(page.getByText("Reason: spam links in every room")).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("^The suspension ends on "))).isVisible();
        assertThat(page.getByTestId("profile-button")).hasCount(0);
        assertThat(AccessibilityIT.seriousViolations(page, "suspended")).isEmpty();

        page.reload();
        assertThat(suspendedHeading(page)).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByLabel("User ID")).isVisible();
        assertThat(suspendedHeading(page)).hasCount(0);
    }

    @Test
    void a_banned_user_loading_the_app_gets_the_suspended_page_and_a_lifted_ban_gives_the_chat_back() {
        var ana = node.newUser("ana");
        String token = node.token(ana.id());
        assertThat(node.server().post("/v1/admin/users/" + ana.id() + "/ban", Map.of()).status()).isEqualTo(201);
        BrowserContext context = chromium.signedIn(token);
        pages.track(context);

        Page page = chromium.open(context, node.url() + "/");
        assertThat(suspendedHeading(page)).isVisible();
        assertThat(page.getByText("The suspension has no end date.")).isVisible();

        assertThat(node.server().delete("/v1/admin/users/" + ana.id() + "/ban").status()).isEqualTo(204);
        page.reload();
        assertThat(page.getByTestId("profile-button")).isVisible();
        assertThat(suspendedHeading(page)).hasCount(0);
    }

    @Test
    void a_ban_from_one_room_leaves_the_app_usable() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Strict room", ana);
        Page page = openApp(ana);

        assertThat(owner.api().post("/v1/rooms/" + room + "/bans", Map.of("userId", ana.id())).status())
                .isEqualTo(201);
        page.reload();
        assertThat(page.getByTestId("profile-button")).isVisible();
        assertThat(suspendedHeading(page)).hasCount(0);
    }
}
