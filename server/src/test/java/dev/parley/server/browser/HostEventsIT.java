package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a host page on another origin hears from Parley ({@code ready}, {@code auth-required},
 * {@code unread}, {@code message}, {@code room-opened}) and the commands it gives
 * ({@code set-token}, {@code open-room}, {@code set-theme}, {@code logout}): by postMessage with
 * the iframe embed, and as DOM events and methods with {@code <parley-chat>}. A third site's
 * frame on the same page cannot command the embed.
 */
class HostEventsIT {
    @RegisterExtension
    static final HostHarness harness = new HostHarness();
    static final TestNode node = harness.node;
    static final FixtureSite host = harness.site;
    static final FixtureSite stranger = new FixtureSite();

    @AfterAll
    static void stopStranger() {
        stranger.close();
    }

    private Page open(String url) {
        return harness.open(url);
    }

    private static Locator message(Locator scope, String text) {
        return HostHarness.message(scope, text);
    }

    private static Locator heading(Locator scope, String name) {
        return scope.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2).setName(name));
    }

    private static void awaitEvent(Page page, String condition) {
        page.waitForFunction("() => window.events.some((e) => " + condition + ")");
    }

    private static String colorScheme(Locator scope) {
        return (String) scope.locator(".parley-root").first().evaluate("(e) => getComputedStyle(e).colorScheme");
    }

    @Test
    void the_iframe_tells_its_host_what_happens_obeys_its_commands_and_ignores_a_third_sites_frame() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        var mallory = node.newUser("mallory");
        String lunch = alice.createRoom("group", "Lunch", bob);
        String news = alice.createRoom("group", "News", bob);
        String mallorys = mallory.createRoom("group", "Mallory's", bob);
        alice.send(lunch, "Soup today");
        alice.send(news, "Release on Friday");
        // a third site's frame on the host page keeps trying to hand the embed its own token and room
        String strangerFrame = stranger.page("/ads.html", "<!doctype html><script>\n"
                + "setInterval(() => {\n"
                + "  const chat = window.parent.frames['chat'];\n"
                + "  chat.postMessage({ type: 'parley:set-token', token: " + Chromium.jsString(node.token(mallory.id())) + " }, '*');\n"
                + "  chat.postMessage({ type: 'parley:open-room', roomId: " + Chromium.jsString(mallorys) + " }, '*');\n"
                + "}, 50);\n</script>");
        String html = "<!doctype html><html><body>"
                + "<iframe name=\"chat\" title=\"chat\" style=\"width:420px;height:520px\" src=\"" + node.url() + "/embed/rooms/" + lunch + "\"></iframe>"
                + "<iframe title=\"ads\" src=\"" + strangerFrame + "\"></iframe><script>\n"
                + "const PARLEY = " + Chromium.jsString(node.url()) + ";\n"
                + "window.events = [];\n"
                + "window.addEventListener('message', (event) => {\n"
                + "  if (event.origin !== PARLEY) return;\n"
                + "  window.events.push(event.data);\n"
                + "});\n"
                + "window.command = (command) => document.querySelector('iframe[name=chat]').contentWindow.postMessage(command, PARLEY);\n"
                + "</script></body></html>";
        Page page = open(host.page("/events.html", html));
        FrameLocator chat = page.frameLocator("iframe[name=chat]");

        awaitEvent(page, "e.type === 'parley:ready'");
        awaitEvent(page, "e.type === 'parley:auth-required'");
        page.waitForTimeout(500);
        assertThat(chat.getByText("Waiting for sign-in…")).isVisible();

        page.evaluate("() => window.command({ type: 'parley:set-token', token: " + Chromium.jsString(node.token(bob.id())) + " })");
        assertThat(message(chat.locator("body"), "Soup today")).hasCount(1);
        awaitEvent(page, "e.type === 'parley:room-opened' && e.roomId === " + Chromium.jsString(lunch));
        awaitEvent(page, "e.type === 'parley:unread' && e.rooms[" + Chromium.jsString(news) + "] === 1 && e.total >= 1");

        alice.send(news, "Lunch moved to noon");
        awaitEvent(page, "e.type === 'parley:message' && e.roomId === " + Chromium.jsString(news)
                + " && e.text === 'Lunch moved to noon' && e.senderId === " + Chromium.jsString(alice.id()));
        awaitEvent(page, "e.type === 'parley:unread' && e.rooms[" + Chromium.jsString(news) + "] === 2");

        page.evaluate("() => window.command({ type: 'parley:open-room', roomId: " + Chromium.jsString(news) + " })");
        assertThat(message(chat.locator("body"), "Lunch moved to noon")).hasCount(1);
        awaitEvent(page, "e.type === 'parley:room-opened' && e.roomId === " + Chromium.jsString(news));

        page.evaluate("() => window.command({ type: 'parley:set-theme', theme: 'dark' })");
        page.waitForCondition(() -> "dark".equals(colorScheme(chat.locator("body"))));

        page.evaluate("() => window.command({ type: 'parley:logout' })");
        assertThat(chat.getByText("Signed out.")).isVisible();
        assertThat(message(chat.locator("body"), "Lunch moved to noon")).hasCount(0);
        Object seen = page.evaluate("() => JSON.stringify(window.events.filter((e) => e.type === 'parley:room-opened'))");
        assertThat(seen.toString()).as("rooms opened").doesNotContain(mallorys);
    }

    @Test
    void the_element_dispatches_dom_events_and_takes_commands_as_methods_and_events() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String lunch = alice.createRoom("group", "Lunch", bob);
        String news = alice.createRoom("group", "News", bob);
        alice.send(lunch, "Soup today");
        alice.send(news, "Release on Friday");
        String html = "<!doctype html><html><body>"
                + "<parley-chat server=\"" + node.url() + "\" token=\"" + node.token(bob.id()) + "\" mode=\"full\""
                + " style=\"display:block;height:560px;width:900px\"></parley-chat><script>\n"
                + "window.events = [];\n"
                + "for (const type of ['ready', 'auth-required', 'error', 'unread', 'message', 'room-opened']) {\n"
                + "  document.addEventListener('parley:' + type, (event) => window.events.push({ ...event.detail, target: event.target.tagName }));\n"
                + "}\n"
                + "</script><script type=\"module\" src=\"" + node.url() + "/widget.js\"></script></body></html>";
        Page page = open(host.page("/element.html", html));
        Locator chat = page.locator("parley-chat");

        awaitEvent(page, "e.type === 'ready' && e.target === 'PARLEY-CHAT'");
        awaitEvent(page, "e.type === 'unread' && e.total === 2");
        chat.evaluate("(el, roomId) => el.openRoom(roomId)", lunch);
        assertThat(message(chat, "Soup today")).hasCount(1);
        awaitEvent(page, "e.type === 'room-opened' && e.roomId === " + Chromium.jsString(lunch));

        alice.send(news, "Lunch moved to noon");
        awaitEvent(page, "e.type === 'message' && e.text === 'Lunch moved to noon'");

        chat.evaluate("(el, roomId) => el.dispatchEvent(new CustomEvent('parley:command', { detail: { type: 'open-room', roomId } }))", news);
        assertThat(heading(chat, "News")).isVisible();
        awaitEvent(page, "e.type === 'room-opened' && e.roomId === " + Chromium.jsString(news));

        chat.evaluate("(el) => el.setTheme('dark')");
        page.waitForCondition(() -> "dark".equals(colorScheme(chat)));
        chat.evaluate("(el) => el.setTheme('light')");
        page.waitForCondition(() -> "light".equals(colorScheme(chat)));

        chat.evaluate("(el) => el.logout()");
        assertThat(chat.getByText("Signed out.")).isVisible();
        awaitEvent(page, "e.type === 'auth-required'");
        chat.evaluate("(el, token) => el.setToken(token)", node.token(bob.id()));
        assertThat(chat.getByRole(AriaRole.NAVIGATION, new Locator.GetByRoleOptions().setName("Rooms"))).isVisible();
    }
}
