package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.AppLocators.messages;
import static dev.parley.server.browser.AppLocators.room;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The room with the keyboard in a real browser: the message list is one tab stop with the arrow
 * keys inside, menus and panels give focus back to the button that opened them, and a room
 * opened on a phone lands on its newest message.
 */
class KeyboardUiIT {
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

    @Test
    void the_message_list_is_one_tab_stop_and_the_arrow_keys_move_between_messages() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Keys", bob);
        for (String word : List.of("alpha", "bravo", "charlie", "delta", "echo")) {
            bob.send(roomId, word);
        }
        Page page = app(ana);
        room(page, "Keys").click();
        assertThat(messages(page, "echo")).isVisible();
        Locator actions = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Room actions"));
        actions.focus();

        page.keyboard().press("Tab");
        assertThat(messages(page, "echo")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(messages(page, "delta")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(messages(page, "charlie")).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(messages(page, "delta")).isFocused();

        // one tab stop: backwards leaves the list at once, forwards comes back to the same message
        page.keyboard().press("Shift+Tab");
        assertThat(actions).isFocused();
        page.keyboard().press("Tab");
        assertThat(messages(page, "delta")).isFocused();

        // Tab goes into that message's own controls; Escape comes back to the message
        page.keyboard().press("Tab");
        assertThat(messages(page, "delta").locator(":focus")).hasCount(1);
        page.keyboard().press("Escape");
        assertThat(messages(page, "delta")).isFocused();

        page.keyboard().press("End");
        assertThat(messages(page, "echo")).isFocused();
    }

    @Test
    void choosing_a_room_action_and_closing_the_members_panel_give_focus_back_to_their_buttons() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        ana.createRoom("group", "Focus", bob);
        Page page = app(ana);
        room(page, "Focus").click();

        Locator actions = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Room actions"));
        actions.click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Mute notifications")).click();
        assertThat(actions).isFocused();

        Locator members = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Members"));
        members.click();
        Locator panel = page.getByRole(AriaRole.COMPLEMENTARY, new Page.GetByRoleOptions().setName("Members"));
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(panel).hasCount(0);
        assertThat(members).isFocused();
    }

    @Test
    void a_room_opened_on_a_phone_lands_on_its_newest_message() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Long day", bob);
        for (int i = 1; i <= 40; i++) {
            bob.send(roomId, i % 5 == 0 ? "a longer message number " + i + " that wraps onto a few lines on a narrow phone screen, as real messages do" : "message number " + i);
        }
        ana.send(roomId, "the newest word");
        Page page = app(ana);
        page.setViewportSize(360, 640);
        room(page, "Long day").click();

        Locator newest = messages(page, "the newest word");
        assertThat(newest).isVisible();
        page.waitForFunction("() => { const l = document.querySelector('.parley-messages');"
                + " return l && l.scrollHeight - l.scrollTop - l.clientHeight < 2; }");
        page.waitForTimeout(500);
        double gap = ((Number) page.evaluate("() => { const l = document.querySelector('.parley-messages');"
                + " return l.scrollHeight - l.scrollTop - l.clientHeight; }")).doubleValue();
        assertThat(gap).isLessThan(2);
        var list = page.locator(".parley-messages").boundingBox();
        var box = newest.boundingBox();
        assertThat(box.y + box.height).isLessThanOrEqualTo(list.y + list.height + 1);

        // On a phone the header's buttons are drawn icons (no emoji font needed) that keep their names.
        for (String name : new String[] {"Start an audio call", "Start a video call", "Members"}) {
            Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
            assertThat(button.locator("svg")).isVisible();
            assertThat(button.locator(".parley-button-label")).hasCSS("position", "absolute");
        }
    }
}
