package dev.parley.server.browser;

import static dev.parley.server.browser.AppLocators.button;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin panel at {@code /admin}: an admin finds a room by name, reads its messages and
 * deletes one; anyone else is sent to the chat without a single admin call, and sees no panel.
 */
class AdminPanelUiIT {
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
    void an_admin_finds_a_room_by_name_reads_its_messages_and_deletes_one() {
        var admin = node.newUser("admin", "admin");
        var owner = node.newUser("owner");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String room = owner.createRoom("group", "Quarterly plans " + tag);
        String doomed = owner.send(room, "buy cheap watches here").get("id").asText();
        owner.send(room, "the plan is ready");

        Page page = open(admin, "/admin");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rooms")).click();
        page.getByLabel("Room name").fill(tag.toUpperCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quarterly plans " + tag)).click();

        Locator messages = page.locator(".parley-admin-message-list");
        assertThat(messages.getByText("buy cheap watches here")).isVisible();
        assertThat(messages.getByText("the plan is ready")).isVisible();
        page.locator("[data-message-id='" + doomed + "'] input[type=checkbox]").check();
        button(page.locator(".parley-admin-toolbar"), "Delete selected (1)").click();
        button(page.getByRole(AriaRole.DIALOG), "Delete selected (1)").click();

        assertThat(page.getByText("1 message(s) deleted.")).isVisible();
        assertThat(messages.getByText("buy cheap watches here")).hasCount(0);
        var stored = owner.api().allMessages(room);
        assertThat(stored).filteredOn(m -> m.get("id").asText().equals(doomed))
                .allSatisfy(m -> assertThat(m.get("text").asText()).isEmpty());
        assertThat(stored).extracting(m -> m.get("text").asText()).contains("the plan is ready");
        assertThat(admin.api().get("/v1/admin/audit?action=message.delete&actorId=" + admin.id()).json()
                .at("/items/0/targetId").asText()).isEqualTo(doomed);
    }

    @Test
    void every_section_of_the_panel_has_no_serious_accessibility_violations() throws Exception {
        var admin = node.newUser("admin", "admin");
        var owner = node.newUser("owner");
        var member = node.newUser("member");
        String room = owner.createRoom("group", "Audited room", member);
        String listed = owner.send(room, "a message to list").get("id").asText();
        assertThat(member.api().post("/v1/rooms/" + room + "/messages/" + listed + "/flags",
                java.util.Map.of("reason", "a reason to audit")).status()).isEqualTo(201);
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800).setBypassCSP(true));
        context.addInitScript("try { window.localStorage.setItem('parley.token', "
                + Chromium.jsString(node.token(admin.id())) + "); } catch (e) {}");
        pages.track(context);
        Page page = chromium.open(context, node.url() + "/admin");
        List<String> serious = new java.util.ArrayList<>();
        for (String[] section : new String[][] {{"#/", "Active users"}, {"#/users", admin.id()},
                {"#/rooms", "Audited room"}, {"#/rooms/" + room, "a message to list"}, {"#/flags", "a reason to audit"}, {"#/audit", "Before → after"},
                {"#/grants", "Grants document (JSON)"}, {"#/webhooks", "New webhook"}, {"#/theme", "Sample person"}}) {
            page.navigate(node.url() + "/admin" + section[0]);
            assertThat(page.getByText(section[1]).first()).isVisible();
            serious.addAll(AccessibilityIT.seriousViolations(page, "admin " + section[0]));
        }
        assertThat(serious).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void the_chat_shows_admins_a_link_to_the_panel_and_nobody_else() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");

        Page adminApp = open(admin, "/");
        adminApp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")).click();
        assertThat(adminApp).hasURL(Pattern.compile("/admin"));
        assertThat(adminApp.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        assertThat(adminApp.getByText("Sessions online (this server node)")).isVisible();

        Page userApp = open(ana, "/");
        assertThat(userApp.getByTestId("profile-button")).isVisible(); // the chat, signed in
        assertThat(userApp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin"))).hasCount(0);
    }

    @Test
    void a_user_made_admin_while_the_app_is_open_gets_the_admin_link_without_reloading_and_loses_it_again() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        Page page = open(ana, "/");
        bob.createRoom("group", "Live before the promotion", ana);
        assertThat(page.getByText("Live before the promotion").first()).isVisible(); // the app is running
        Locator adminLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin"));
        assertThat(adminLink).hasCount(0);

        assertThat(admin.api().patch("/v1/admin/users/" + ana.id(), java.util.Map.of("role", "admin")).status())
                .isEqualTo(200);
        assertThat(adminLink).isVisible();

        assertThat(admin.api().patch("/v1/admin/users/" + ana.id(), java.util.Map.of("role", "user")).status())
                .isEqualTo(200);
        assertThat(adminLink).hasCount(0);
    }

    @Test
    void a_user_who_is_not_an_admin_opening_the_panel_is_sent_to_the_chat_without_seeing_panel_data() {
        var ana = node.newUser("ana");
        var owner = node.newUser("owner");
        String secret = "Secret room " + UUID.randomUUID();
        owner.createRoom("group", secret);
        BrowserContext context = chromium.signedIn(node.token(ana.id()));
        pages.track(context);
        List<String> adminCalls = new CopyOnWriteArrayList<>();
        context.onRequest(request -> {
            if (request.url().contains("/v1/admin/")) {
                adminCalls.add(request.url());
            }
        });

        Page page = chromium.open(context, node.url() + "/admin#/rooms");

        assertThat(page).hasURL(node.url() + "/");
        assertThat(page.getByTestId("profile-button")).isVisible(); // the chat, signed in
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin sections")))
                .hasCount(0);
        assertThat(page.getByText(secret)).hasCount(0);
        assertThat(adminCalls).isEmpty();
    }
}
