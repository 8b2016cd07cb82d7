package dev.parley.server.browser;

import static dev.parley.server.browser.AppLocators.button;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin panel's moderation: the queue of reported messages (dismiss or delete), and on the
 * users page an app-wide ban and deleting all of a user's messages.
 */
class AdminModerationUiIT {
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

    /** A room where the owner wrote a message and a member flagged it. */
    private record Flagged(String room, String roomName, String message, String flag, TestNode.User owner) {
        String storedText() {
            return owner.api().allMessages(room).stream().filter(m -> m.get("id").asText().equals(message))
                    .map(m -> m.get("text").asText()).findFirst().orElseThrow();
        }
    }

    private static Flagged flagged(String text, String reason) {
        var owner = node.newUser("owner");
        var member = node.newUser("member");
        String roomName = "Reported " + UUID.randomUUID();
        String room = owner.createRoom("group", roomName, member);
        String message = owner.send(room, text).get("id").asText();
        var flag = member.api().post("/v1/rooms/" + room + "/messages/" + message + "/flags", Map.of("reason", reason));
        assertThat(flag.status()).as(flag.toString()).isEqualTo(201);
        return new Flagged(room, roomName, message, flag.json().get("id").asText(), owner);
    }

    private static List<String> openFlagIds(TestNode.User admin) {
        var items = admin.api().get("/v1/admin/flags?status=open").json().get("items");
        List<String> ids = new java.util.ArrayList<>();
        items.forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    @Test
    void an_admin_deletes_a_reported_message_from_the_queue_and_the_flag_leaves_the_open_list() {
        var admin = node.newUser("admin", "admin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var flagged = flagged("buy cheap watches " + tag, "spam from a stranger " + tag);

        Page page = open(admin, "/admin");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Moderation queue")).click();
        Locator item = page.locator("[data-flag-id='" + flagged.flag() + "']");
        assertThat(item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(flagged.roomName())))
                .hasAttribute("href", "#/rooms/" + flagged.room());
        assertThat(item.getByText("spam from a stranger " + tag)).isVisible();
        assertThat(item.getByText("buy cheap watches " + tag)).isVisible();
        assertThat(item.getByText("Copy of the message as reported, by " + flagged.owner().id())).isVisible();
        button(item, "Delete message").click();
        button(page.getByRole(AriaRole.DIALOG), "Delete message").click();

        assertThat(page.getByText("The message was deleted.")).isVisible();
        assertThat(item).hasCount(0);
        assertThat(flagged.storedText()).isEmpty();
        assertThat(openFlagIds(admin)).doesNotContain(flagged.flag());

        page.getByLabel("Show").selectOption("deleted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(item.getByText("The message itself was deleted; this is the kept copy.")).isVisible();
        assertThat(item.getByText("buy cheap watches " + tag)).isVisible();
    }

    @Test
    void dismissing_a_flag_keeps_the_message_and_closes_the_flag() {
        var admin = node.newUser("admin", "admin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var flagged = flagged("a harmless joke " + tag, "I did not like it " + tag);

        Page page = open(admin, "/admin#/flags");
        Locator item = page.locator("[data-flag-id='" + flagged.flag() + "']");
        button(item, "Dismiss").click();

        assertThat(page.getByText("The flag was dismissed; the message stays.")).isVisible();
        assertThat(item).hasCount(0);
        assertThat(flagged.storedText()).isEqualTo("a harmless joke " + tag);
        assertThat(openFlagIds(admin)).doesNotContain(flagged.flag());
    }

    @Test
    void an_admin_deletes_all_messages_of_a_user_and_bans_them_from_the_app_then_lifts_the_ban() {
        var admin = node.newUser("admin", "admin");
        var spammer = node.newUser("spammer");
        String room = spammer.createRoom("group", "Spam " + UUID.randomUUID());
        spammer.send(room, "spam one");
        spammer.send(room, "spam two");

        Page page = open(admin, "/admin#/users");
        page.getByLabel("Search users by id or name").fill(spammer.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator row = page.locator("[data-user-id='" + spammer.id() + "']");
        button(row, "Delete all messages").click();
        button(page.getByRole(AriaRole.DIALOG), "Delete all messages").click();
        assertThat(page.getByText(Pattern.compile("^2 message\\(s\\) of .+ deleted\\.$"))).isVisible();
        assertThat(spammer.api().allMessages(room)).allSatisfy(m -> assertThat(m.get("text").asText()).isEmpty());

        button(row, "Ban from the app").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Reason (optional)").fill("spamming");
        button(dialog, "Ban from the app").click();
        assertThat(page.getByText(Pattern.compile("is banned from the app\\.$"))).isVisible();
        assertThat(spammer.api().get("/v1/me").status()).isEqualTo(403);

        button(row, "Lift ban").click();
        assertThat(page.getByText(Pattern.compile("^The app ban of .+ was lifted"))).isVisible();
        assertThat(spammer.api().get("/v1/me").status()).isEqualTo(200);
    }
}
