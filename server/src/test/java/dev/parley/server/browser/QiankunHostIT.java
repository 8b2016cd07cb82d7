package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A back office on another origin loads Parley with the real {@code qiankun} from npm
 * ({@code loadMicroApp} with the HTML entry {@code /micro/}): two chats at once with the host's
 * props (token, token provider, room, filters), a message sent and seen, unmount without leaks
 * (sockets, window listeners, styles), and a remount.
 */
class QiankunHostIT {
    static final FixtureSite backOffice = new FixtureSite();

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withWeb(new ParleyConfig.Web("",
            List.of(backOffice.origin()), List.of(backOffice.origin()), config.web().clients())));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    private BrowserContext context;

    @AfterAll
    static void stopSite() {
        backOffice.close();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    /** The host page: probes for sockets and window/document listeners, qiankun, and helpers to load and unload. */
    private Page backOfficePage() {
        backOffice.resource("/qiankun.js", "text/javascript", HostLibraries.qiankun());
        String html = "<!doctype html><html><head><title>Back office</title></head><body>"
                + "<div id=\"chat-a\" style=\"height:480px;width:420px\"></div>"
                + "<div id=\"chat-b\" style=\"height:480px;width:760px\"></div>"
                + "<script>\n"
                + "window.probe = { sockets: [], listeners: 0 };\n"
                + "const RawSocket = window.WebSocket;\n"
                + "window.WebSocket = class extends RawSocket {\n"
                + "  constructor(url, protocols) { super(url, protocols); window.probe.sockets.push(this); }\n"
                + "};\n"
                + "for (const target of [window, document]) {\n"
                + "  const add = target.addEventListener, remove = target.removeEventListener;\n"
                + "  target.addEventListener = function (...args) { window.probe.listeners++; return add.apply(this, args); };\n"
                + "  target.removeEventListener = function (...args) { window.probe.listeners--; return remove.apply(this, args); };\n"
                + "}\n"
                + "</script><script src=\"/qiankun.js\"></script><script>\n"
                + "const PARLEY = " + Chromium.jsString(node.url()) + ";\n"
                + "window.apps = {};\n"
                + "window.events = [];\n"
                + "window.load = (slot, props) => {\n"
                + "  const app = qiankun.loadMicroApp({ name: 'parley-' + slot, entry: PARLEY + '/micro/', container: '#' + slot,\n"
                + "    props: { server: PARLEY, ...props, onEvent: (e) => window.events.push({ slot, ...e }) } });\n"
                + "  window.apps[slot] = app;\n"
                + "  return app.mountPromise.then(() => true);\n"
                + "};\n"
                + "window.unload = (slot) => window.apps[slot].unmount().then(() => true);\n"
                + "window.openSockets = () => window.probe.sockets.filter((s) => s.readyState < 2).length;\n"
                + "window.styles = () => document.head.querySelectorAll('style, link[rel=stylesheet]').length;\n"
                + "</script></body></html>";
        context = chromium.newContext();
        return chromium.open(context, backOffice.page("/back-office.html", html));
    }

    private static Locator message(Locator scope, String text) {
        return scope.locator("[data-testid=message]").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static void load(Page page, String slot, String props) {
        assertThat(page.evaluate("() => window.load(" + Chromium.jsString(slot) + ", " + props + ")")).isEqualTo(true);
    }

    private static void unload(Page page, String slot) {
        assertThat(page.evaluate("() => window.unload(" + Chromium.jsString(slot) + ")")).isEqualTo(true);
    }

    private static int number(Page page, String expression) {
        return ((Number) page.evaluate(expression)).intValue();
    }

    @Test
    void qiankun_mounts_two_chats_that_talk_then_unmounts_one_without_leaks_and_mounts_it_again() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String roomId = alice.createRoom("group", "Embedded", bob);
        alice.createRoom("group", "Hidden by the filter", bob);
        alice.send(roomId, "Mounted by qiankun");
        Page page = backOfficePage();
        int stylesBefore = number(page, "() => window.styles()");

        load(page, "chat-a", "{ token: " + Chromium.jsString(node.token(bob.id())) + ", room: "
                + Chromium.jsString(roomId) + ", mode: 'single' }");
        load(page, "chat-b", "{ getToken: async () => " + Chromium.jsString(node.token(alice.id()))
                + ", mode: 'full', filters: { roomIds: [" + Chromium.jsString(roomId) + "] } }");

        Locator chatA = page.locator("#chat-a");
        Locator chatB = page.locator("#chat-b");
        assertThat(message(chatA, "Mounted by qiankun")).hasCount(1);
        Locator rooms = chatB.getByRole(AriaRole.NAVIGATION, new Locator.GetByRoleOptions().setName("Rooms"));
        assertThat(rooms.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Embedded")))).hasCount(1);
        assertThat(rooms.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Hidden")))).hasCount(0);
        rooms.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Embedded"))).click();

        Locator box = chatA.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Message"));
        box.fill("Hello from the micro-frontend");
        box.press("Enter");
        assertThat(message(chatA, "Hello from the micro-frontend")).hasCount(1);
        assertThat(message(chatB, "Hello from the micro-frontend")).hasCount(1);
        page.waitForFunction("() => window.events.some((e) => e.slot === 'chat-b' && e.type === 'message'"
                + " && e.text === 'Hello from the micro-frontend')");
        assertThat(number(page, "() => window.openSockets()")).isEqualTo(2);

        unload(page, "chat-a");
        assertThat(chatA.locator(".parley-widget-host")).hasCount(0);
        page.waitForFunction("() => window.openSockets() === 1");
        int listenersWithB = number(page, "() => window.probe.listeners");

        load(page, "chat-a", "{ token: " + Chromium.jsString(node.token(bob.id())) + ", room: "
                + Chromium.jsString(roomId) + ", mode: 'single' }");
        assertThat(message(chatA, "Hello from the micro-frontend")).hasCount(1);
        unload(page, "chat-a");
        page.waitForFunction("() => window.openSockets() === 1");
        assertThat(number(page, "() => window.probe.listeners")).as("window and document listeners after a second mount and unmount")
                .isEqualTo(listenersWithB);

        unload(page, "chat-b");
        page.waitForFunction("() => window.openSockets() === 0");
        assertThat(number(page, "() => window.styles()")).isEqualTo(stylesBefore);
        assertThat(chatB.locator(".parley-widget-host")).hasCount(0);
    }
}
