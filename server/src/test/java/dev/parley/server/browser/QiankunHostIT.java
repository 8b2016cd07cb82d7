package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A back office on another origin loads Parley with the real {@code qiankun} from npm
 * ({@code loadMicroApp} with the HTML entry {@code /micro/}): two chats at once with the host's
 * props (token, token provider, room, filters), a message sent and seen, unmount without leaks
 * (sockets, window listeners, styles), and a remount.
 */
class QiankunHostIT {
    @RegisterExtension
    static final HostHarness harness = new HostHarness();
    static final TestNode node = harness.node;
    static final FixtureSite backOffice = harness.site;

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
                + "window.load = (slot, props, entry) => {\n"
                + "  const app = qiankun.loadMicroApp({ name: 'parley-' + slot, entry: entry || PARLEY + '/micro/', container: '#' + slot,\n"
                + "    props: { server: PARLEY, ...props, onEvent: (e) => window.events.push({ slot, ...e }) } });\n"
                + "  window.apps[slot] = app;\n"
                + "  return app.mountPromise.then(() => true);\n"
                + "};\n"
                + "window.update = (slot, props) => window.apps[slot].update({ server: PARLEY, ...props }).then(() => true);\n"
                + "window.unload = (slot) => window.apps[slot].unmount().then(() => true);\n"
                + "window.openSockets = () => window.probe.sockets.filter((s) => s.readyState < 2).length;\n"
                + "window.styles = () => document.head.querySelectorAll('style, link[rel=stylesheet]').length;\n"
                + "</script></body></html>";
        return harness.open(backOffice.page("/back-office.html", html));
    }

    private static Locator message(Locator scope, String text) {
        return HostHarness.message(scope, text);
    }

    private static void load(Page page, String slot, String props) {
        assertThat(page.evaluate("() => window.load(" + Chromium.jsString(slot) + ", " + props + ")")).isEqualTo(true);
    }

    @Test
    void a_micro_lc_style_plugin_with_a_script_entry_shows_the_filtered_rooms_and_follows_the_hosts_updates() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        String direct = alice.api().post("/v1/rooms/direct", java.util.Map.of("userId", bob.id())).json().get("id").asText();
        alice.send(direct, "Just between us");
        alice.createRoom("group", "Team", bob);
        Page page = backOfficePage();

        // micro-lc: "integrationMode": "qiankun", "entry": {"scripts": [...]}, "properties" become the props
        assertThat(page.evaluate("() => window.load('chat-b', { token: " + Chromium.jsString(node.token(bob.id()))
                + ", mode: 'full', filters: { types: ['direct'] } }, { scripts: [" + Chromium.jsString(node.url() + "/micro/parley.js")
                + "] })")).isEqualTo(true);

        Locator rooms = page.locator("#chat-b").getByRole(AriaRole.NAVIGATION, new Locator.GetByRoleOptions().setName("Rooms"));
        assertThat(rooms.getByTestId("room-item")).hasCount(1);
        assertThat(rooms.getByTestId("room-item")).hasAttribute("data-room-id", direct);
        assertThat(page.evaluate("() => window.update('chat-b', { token: " + Chromium.jsString(node.token(bob.id()))
                + ", mode: 'full', filters: { types: ['direct'] }, room: " + Chromium.jsString(direct) + " })")).isEqualTo(true);
        assertThat(message(page.locator("#chat-b"), "Just between us")).hasCount(1);
        page.waitForFunction("() => window.events.some((e) => e.type === 'room-opened' && e.roomId === " + Chromium.jsString(direct) + ")");
        unload(page, "chat-b");
        page.waitForFunction("() => window.openSockets() === 0");
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
