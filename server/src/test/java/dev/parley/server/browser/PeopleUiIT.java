package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.AppLocators.messages;
import static dev.parley.server.browser.AppLocators.room;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * People in a real browser: the header shows who is signed in and opens their profile (with sign
 * out); a name in the timeline or the member list opens that person's card, whose "Message"
 * opens the direct room with them.
 */
class PeopleUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private Page app(TestNode.User user) {
        return pages.app(node, user);
    }

    private static String named(TestNode.User user, String name) {
        var changed = node.server().put("/v1/users/" + user.id(), Map.of("name", name));
        if (changed.status() != 200) {
            throw new AssertionError("renaming " + user.id() + ": " + changed);
        }
        return name;
    }

    private static Locator card(Page page) {
        return page.getByRole(AriaRole.DIALOG).and(page.locator("[data-testid=user-card]"));
    }

    @Test
    void a_name_in_the_timeline_opens_the_persons_card_and_message_opens_the_direct_room() {
        var ana = node.newUser("ana");
        var grace = node.newUser("grace");
        String graceName = named(grace, "Grace Kim");
        String launch = ana.createRoom("group", "Launch day", grace);
        grace.send(launch, "slides are up");
        Page anaPage = app(ana);

        room(anaPage, "Launch day").click();
        Locator author = messages(anaPage, "slides are up").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(graceName));
        author.click();
        assertThat(card(anaPage)).isVisible();
        assertThat(card(anaPage).getByRole(AriaRole.HEADING)).hasText(graceName);
        assertThat(card(anaPage)).containsText(grace.id());
        assertThat(card(anaPage)).containsText("offline");

        anaPage.keyboard().press("Escape");
        assertThat(card(anaPage)).hasCount(0);
        assertThat(author).isFocused();

        author.click();
        card(anaPage).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Message")).click();
        assertThat(card(anaPage)).hasCount(0);
        assertThat(anaPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(graceName).setLevel(2))).isVisible();
        Locator opened = anaPage.locator("[data-testid=room-item][aria-current=page]");
        assertThat(opened.locator(".parley-room-name")).hasText(graceName);
        assertThat(anaPage).hasURL(java.util.regex.Pattern.compile("/rooms/"));
    }

    @Test
    void a_name_in_the_member_list_opens_the_card_with_the_person_online() {
        var ana = node.newUser("ana");
        var omar = node.newUser("omar");
        String omarName = named(omar, "Omar Haddad");
        ana.createRoom("group", "Ops", omar);
        app(omar);
        Page anaPage = app(ana);

        room(anaPage, "Ops").click();
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Members")).click();
        anaPage.locator("[data-testid=member]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(omarName).setExact(true)).click();
        assertThat(card(anaPage).getByRole(AriaRole.HEADING)).hasText(omarName);
        assertThat(card(anaPage)).containsText("online");
    }

    @Test
    void the_room_list_names_the_author_of_the_last_message_before_the_room_is_opened() {
        var ana = node.newUser("ana");
        var emma = node.newUser("emma");
        String emmaName = named(emma, "Emma Stone");
        String roomId = ana.createRoom("group", "Book club", emma);
        emma.send(roomId, "chapter three tonight");
        Page anaPage = app(ana);

        Locator preview = room(anaPage, "Book club").locator(".parley-room-preview");
        assertThat(preview).hasText(emmaName + ": chapter three tonight");
    }

    @Test
    void the_header_shows_who_is_signed_in_and_the_profile_signs_out() {
        var ana = node.newUser("ana");
        String anaName = named(ana, "Ana Lee");
        Page anaPage = app(ana);

        Locator profile = anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(anaName));
        profile.click();
        Locator dialog = anaPage.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Your profile"));
        assertThat(dialog).containsText(anaName);
        assertThat(dialog).containsText(ana.id());
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change your picture"))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out")).click();
        assertThat(anaPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }
}
