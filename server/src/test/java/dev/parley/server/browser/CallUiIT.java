package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls in the web UI between two Chromium contexts on loopback with Chromium's fake camera and
 * microphone: the call rings, is answered, reaches "Connected", media bytes flow both ways
 * (WebRTC statistics), and the call ends in the timeline; a refused camera says so plainly.
 */
class CallUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = Chromium.withFakeMedia();

    @RegisterExtension
    final OpenedPages pages = new OpenedPages(chromium);

    private Page app(TestNode.User user, String roomId, String... initScripts) {
        return pages.app(node, user, roomId, initScripts);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long bytesReceived(Page page) {
        String value = page.locator(".parley-call").getAttribute("data-bytes-received");
        return value == null ? 0 : Long.parseLong(value);
    }

    @Test
    void two_people_talk_on_video_media_flows_both_ways_and_the_call_lands_in_the_timeline() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();
        Page caller = app(ana, room);
        Page callee = app(bob, room);
        assertThat(button(callee, "Start a video call")).isVisible();

        button(caller, "Start a video call").click();

        Locator incoming = callee.getByRole(AriaRole.ALERTDIALOG);
        assertThat(incoming).containsText("is calling (video)");
        assertThat(callee).hasTitle(java.util.regex.Pattern.compile("is calling"));
        assertThat(caller.locator(".parley-call-state")).hasText("Calling…");
        incoming.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Answer")).click();

        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call")).hasAttribute("data-connection", "callConnected");
            assertThat(page.locator(".parley-call-state")).hasText("Connected");
            assertThat(page.locator("[data-testid=remote-media] video")).hasCount(1);
        }
        for (Page page : List.of(caller, callee)) {
            page.waitForCondition(() -> bytesReceived(page) > 10_000,
                    new Page.WaitForConditionOptions().setTimeout(20_000));
            Object playing = page.evaluate("() => document.querySelector('[data-testid=remote-media] video').videoWidth");
            assertThat(((Number) playing).intValue()).isPositive();
        }
        assertThat(callee.getByRole(AriaRole.ALERTDIALOG)).hasCount(0);
        button(callee, "Mute").click();
        assertThat(button(callee, "Unmute")).hasAttribute("aria-pressed", "true");
        button(callee, "Camera off").click();
        assertThat(caller.locator(".parley-call-duration")).isVisible();

        button(caller, "Hang up").click();

        assertThat(callee.locator(".parley-call")).hasCount(0);
        assertThat(callee.getByRole(AriaRole.ALERT)).containsText("The call ended.");
        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call-log[data-outcome=answered]")).hasCount(1);
            assertThat(page.locator(".parley-call-log")).containsText("Call · ");
        }
    }

    @Test
    void three_people_in_a_group_call_form_a_mesh_and_each_hears_both_others() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Standup", bob, cid);
        Page first = app(ana, room);
        Page second = app(bob, room);
        Page third = app(cid, room);
        assertThat(button(third, "Start an audio call")).isVisible();

        button(first, "Start an audio call").click();
        for (Page callee : List.of(second, third)) {
            callee.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Answer")).click();
        }

        for (Page page : List.of(first, second, third)) {
            assertThat(page.locator("[data-testid=remote-media] audio")).hasCount(2);
            assertThat(page.locator(".parley-call")).hasAttribute("data-connection", "callConnected");
            page.waitForCondition(() -> bytesReceived(page) > 4_000,
                    new Page.WaitForConditionOptions().setTimeout(20_000));
        }
        button(second, "Hang up").click();
        assertThat(first.locator("[data-testid=remote-media] audio")).hasCount(1);
        assertThat(third.locator(".parley-call")).isVisible();
    }

    @Test
    void a_declined_call_shows_in_the_timeline_as_declined() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();
        Page caller = app(ana, room);
        Page callee = app(bob, room);
        assertThat(button(callee, "Start an audio call")).isVisible();

        button(caller, "Start an audio call").click();
        callee.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Decline")).click();

        for (Page page : List.of(caller, callee)) {
            assertThat(page.locator(".parley-call-log[data-outcome=rejected]")).hasText("Declined call");
        }
        assertThat(caller.locator(".parley-call")).hasCount(0);
    }

    @Test
    void a_browser_that_refuses_the_camera_gets_a_plain_message_and_nobody_is_rung() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();
        Page page = app(ana, room, "navigator.mediaDevices.getUserMedia = () => Promise.reject("
                + "new DOMException('Permission denied', 'NotAllowedError'));");

        button(page, "Start a video call").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The browser did not allow the camera or microphone");
        assertThat(page.locator(".parley-call")).hasCount(0);
        var fromBob = bob.api().post("/v1/rooms/" + room + "/calls", Map.of("media", "audio"));
        assertThat(fromBob.status()).as("no call was started: bob's is a new one").isEqualTo(201);
    }
}
