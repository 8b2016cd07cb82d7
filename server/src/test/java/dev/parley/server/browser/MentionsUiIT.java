package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.AppLocators.composer;
import static dev.parley.server.browser.AppLocators.messages;
import static dev.parley.server.browser.AppLocators.room;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mentions, mute and the new-message sound in a real browser, two people live: the {@code @}
 * autocomplete finds a member by a word of their name, the mention reaches the other person
 * highlighted (stronger for them) with a mention badge in their room list, a muted room stays
 * muted after a reload, and the sound toggle plays the chime for messages elsewhere only while
 * it is on — a choice kept across reloads.
 */
class MentionsUiIT {
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

    @Test
    void a_mention_picked_by_surname_reaches_the_other_person_highlighted_with_a_count() {
        var ana = node.newUser("ana");
        var grace = node.newUser("grace");
        String graceName = named(grace, "Grace Kim");
        ana.createRoom("group", "Launch day", grace);
        Page anaPage = app(ana);
        Page gracePage = app(grace);

        room(anaPage, "Launch day").click();
        composer(anaPage).pressSequentially("Thanks @kim");
        Locator suggestions = anaPage.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("People to mention"));
        assertThat(suggestions.getByRole(AriaRole.OPTION)).hasCount(1);
        assertThat(suggestions.getByRole(AriaRole.OPTION)).containsText(graceName);
        composer(anaPage).press("Enter");
        assertThat(composer(anaPage)).hasValue("Thanks @" + graceName + " ");
        composer(anaPage).pressSequentially("for the slides");
        composer(anaPage).press("Enter");

        Locator gracesRoom = room(gracePage, "Launch day");
        assertThat(gracesRoom.locator("[data-testid=mention-badge]")).hasText("@1");
        assertThat(gracesRoom).hasAccessibleName(Pattern.compile("1 mentioning you"));
        gracesRoom.click();
        Locator message = messages(gracePage, "for the slides");
        assertThat(message).hasClass(Pattern.compile("parley-mentions-me"));
        assertThat(message.locator("[data-testid=mention]")).hasText("@" + graceName);
        assertThat(message.locator("[data-testid=mention]")).hasClass(Pattern.compile("parley-mention-me"));
        assertThat(gracesRoom.locator("[data-testid=mention-badge]")).hasCount(0);

        Locator anasCopy = messages(anaPage, "for the slides");
        assertThat(anasCopy.locator("[data-testid=mention]")).not().hasClass(Pattern.compile("parley-mention-me"));
    }

    /** Counts the chime's tones: every oscillator the page's Web Audio makes. */
    private static final String COUNT_TONES = """
            window.parleyTones = 0;
            const made = AudioContext.prototype.createOscillator;
            AudioContext.prototype.createOscillator = function () { window.parleyTones++; return made.call(this); };
            """;

    @Test
    void the_sound_toggle_chimes_for_messages_elsewhere_only_while_on_and_is_kept_across_reloads() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String open = ana.createRoom("group", "Read here", bob);
        String elsewhere = ana.createRoom("group", "Elsewhere", bob);
        ana.send(open, "before the reload");
        Page bobPage = pages.app(node, bob, open, COUNT_TONES);
        assertThat(composer(bobPage)).isVisible();
        Locator sound = bobPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sound").setExact(true));
        assertThat(sound).hasAttribute("aria-pressed", "false"); // off until the user turns it on

        sound.click();
        assertThat(sound).hasAttribute("aria-pressed", "true");
        bobPage.reload();
        assertThat(sound).hasAttribute("aria-pressed", "true");
        assertThat(messages(bobPage, "before the reload")).hasCount(1); // the room's history is loaded:
        ana.send(open, "only the socket brings this"); // so this comes over the socket, and the next too
        assertThat(messages(bobPage, "only the socket brings this")).hasCount(1);
        ana.send(elsewhere, "ding");
        assertThat(room(bobPage, "Elsewhere").getByTestId("unread-badge")).hasText("1");
        bobPage.waitForFunction("() => window.parleyTones === 2"); // the chime's two tones

        sound.click();
        assertThat(sound).hasAttribute("aria-pressed", "false");
        ana.send(elsewhere, "no ding");
        assertThat(room(bobPage, "Elsewhere").getByTestId("unread-badge")).hasText("2");
        org.assertj.core.api.Assertions.assertThat(bobPage.evaluate("() => window.parleyTones")).isEqualTo(2);
        bobPage.reload();
        assertThat(sound).hasAttribute("aria-pressed", "false");
    }

    @Test
    void a_room_muted_from_its_menu_stays_muted_after_a_reload() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        ana.createRoom("group", "Chatty", bob);
        Page bobPage = app(bob);

        room(bobPage, "Chatty").click();
        Locator actions = bobPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Room actions"));
        actions.click();
        bobPage.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Mute notifications")).click();
        assertThat(room(bobPage, "Chatty").locator("[data-testid=muted-icon]")).isVisible();

        bobPage.reload();
        assertThat(room(bobPage, "Chatty")).hasAccessibleName(Pattern.compile("muted"));
        room(bobPage, "Chatty").click();
        actions.click();
        Locator unmute = bobPage.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Unmute notifications"));
        assertThat(unmute).isVisible();
        bobPage.keyboard().press("Escape");
        assertThat(actions).isFocused();
    }
}
