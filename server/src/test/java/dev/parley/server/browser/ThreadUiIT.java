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
 * Replies in a real browser: a reply chain opens in a panel beside the room, a reply's quote
 * shows the original's markdown and jumps to it with a highlight, and a new user with no rooms
 * is pointed to channels and to starting a chat.
 */
class ThreadUiIT {
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

    private static String reply(TestNode.User user, String roomId, String parentId, String text) {
        var sent = user.api().post("/v1/rooms/" + roomId + "/messages", Map.of("text", text, "parentId", parentId));
        if (sent.status() != 201) {
            throw new AssertionError("replying: " + sent);
        }
        return sent.json().get("id").asText();
    }

    @Test
    void the_thread_panel_shows_a_reply_chain_beside_the_room() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Planning", bob);
        String root = ana.send(roomId, "Release plan?").get("id").asText();
        bob.send(roomId, "lunch anyone");
        String first = reply(bob, roomId, root, "Friday works");
        reply(ana, roomId, first, "Friday it is");
        Page page = app(ana);

        room(page, "Planning").click();
        // the first message showing it is the original (the replies quote it)
        messages(page, "Release plan?").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("1 reply")).click();
        Locator panel = page.getByRole(AriaRole.COMPLEMENTARY, new Page.GetByRoleOptions().setName("Thread"));
        Locator chain = panel.locator("[data-testid=thread-message]");
        assertThat(chain).hasCount(3);
        assertThat(chain.nth(0)).containsText("Release plan?");
        assertThat(chain.nth(1)).containsText("Friday works");
        assertThat(chain.nth(2)).containsText("Friday it is");
        assertThat(panel).not().containsText("lunch anyone");

        // a reply opens the same chain; the panel's Reply answers its newest message
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(messages(page, "Release plan?").first()).isFocused();
        Locator lastReply = messages(page, "Friday it is");
        lastReply.hover();
        lastReply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thread")).click();
        assertThat(chain).hasCount(3);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply")).click();
        assertThat(page.locator(".parley-composer-quote")).hasText("Friday it is");
    }

    @Test
    void a_reply_quote_shows_markdown_and_jumping_to_it_highlights_the_original() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Shipping", bob);
        String root = ana.send(roomId, "**Ship** on `friday`").get("id").asText();
        for (int i = 1; i <= 30; i++) {
            bob.send(roomId, "filler " + i);
        }
        reply(bob, roomId, root, "agreed");
        Page page = app(ana);

        room(page, "Shipping").click();
        Locator quote = messages(page, "agreed").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Go to the original message"));
        assertThat(quote.locator("strong")).hasText("Ship");
        assertThat(quote.locator("code")).hasText("friday");
        quote.click();
        Locator original = page.locator("[data-testid=message]").filter(new Locator.FilterOptions().setHas(page.locator("strong")))
                .filter(new Locator.FilterOptions().setHasNot(page.locator(".parley-quote")));
        assertThat(original).isFocused();
        assertThat(original).hasAttribute("data-highlighted", "true");
    }

    @Test
    void a_new_user_with_no_rooms_is_pointed_to_channels_and_to_starting_a_chat() {
        var newcomer = node.newUser("newcomer");
        Page page = app(newcomer);

        Locator welcome = page.locator("[data-testid=welcome]");
        assertThat(welcome.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start a chat with someone"))).isVisible();
        welcome.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Find a channel to join")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).isVisible();
    }
}
