package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.FileDrops.composer;
import static dev.parley.server.browser.FileDrops.drop;
import static dev.parley.server.browser.FileDrops.loaded;
import static dev.parley.server.browser.FileDrops.noisePng;
import static dev.parley.server.browser.FileDrops.paste;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files in the web UI, two people in real Chromium against a real node: images dropped and
 * pasted (with the upload's progress) reach the other side as thumbnails that open in a
 * viewer; a voice message recorded with Chromium's fake microphone plays on the other side;
 * an avatar change shows up for the other person without a reload.
 */
class FilesUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    /** A fake microphone (a beep) that needs no permission prompt, and audio that may play unprompted. */
    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium(List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required"));

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    @Test
    void an_image_dropped_and_one_pasted_upload_with_progress_and_the_other_person_opens_their_thumbnails() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Photos", bob);
        Page anaPage = openRoom(ana, roomId);
        Page bobPage = openRoom(bob, roomId);
        slowUploads(anaPage);

        drop(anaPage, noisePng(700, 700), "dropped.png");
        assertThat(anaPage.getByLabel("Uploading dropped.png")).isVisible();
        paste(anaPage, noisePng(300, 200), "pasted.png");
        Locator ready = anaPage.locator("[data-testid=upload]").filter(new Locator.FilterOptions().setHasText("Ready"));
        assertThat(ready).hasCount(2, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(30_000));
        composer(anaPage).fill("two pictures");
        composer(anaPage).press("Enter");

        Locator received = bobPage.locator("[data-testid=message]").filter(new Locator.FilterOptions()
                .setHasText("two pictures"));
        Locator thumbnails = received.locator("[data-testid=image-thumbnail] img");
        assertThat(thumbnails).hasCount(2);
        for (int i = 0; i < 2; i++) {
            assertThat(loaded(thumbnails.nth(i))).as("thumbnail %d shows", i).isTrue();
        }
        received.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open image dropped.png")).click();
        Locator viewer = bobPage.locator("[data-testid=image-viewer]");
        assertThat(viewer).isVisible();
        assertThat(loaded(viewer.locator("img"))).isTrue();
        assertThat(viewer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download"))).isVisible();
        bobPage.keyboard().press("Escape");
        assertThat(viewer).isHidden();
    }

    @Test
    void a_voice_message_recorded_with_the_fake_microphone_plays_on_the_other_side() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Voice", bob);
        Page anaPage = openRoom(ana, roomId);
        Page bobPage = openRoom(bob, roomId);

        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a voice message")).click();
        Locator timer = anaPage.getByRole(AriaRole.TIMER);
        assertThat(timer).hasText("0:02", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setTimeout(10_000));
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send voice message")).click();

        Locator voice = bobPage.locator("[data-testid=voice-message]");
        assertThat(voice).isVisible();
        assertThat(voice.locator("figcaption")).containsText("Voice message · 0:0");
        Object played = voice.locator("audio").evaluate("a => a.play()"
                + ".then(() => new Promise(r => setTimeout(r, 1000)))"
                + ".then(() => ({ time: a.currentTime, error: a.error ? a.error.code : 0 }))");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) played;
        assertThat(((Number) result.get("error")).intValue()).isZero();
        assertThat(((Number) result.get("time")).doubleValue()).as("the recording plays").isPositive();
    }

    @Test
    void an_avatar_change_shows_up_for_the_other_person_without_a_reload() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Faces", bob);
        ana.send(roomId, "hello from ana");
        Page anaPage = openRoom(ana, roomId);
        Page bobPage = openRoom(bob, roomId);
        Locator anasMessage = bobPage.locator("[data-testid=message]").filter(new Locator.FilterOptions()
                .setHasText("hello from ana"));
        assertThat(anasMessage.locator(".parley-avatar img")).hasCount(0);

        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Room actions")).click();
        anaPage.onFileChooser(chooser -> chooser.setFiles(new com.microsoft.playwright.options.FilePayload(
                "me.png", "image/png", pngOrFail())));
        anaPage.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change your picture")).click();

        Locator avatar = anasMessage.locator(".parley-avatar img");
        assertThat(avatar).hasAttribute("src", java.util.regex.Pattern.compile("/v1/avatars/[0-9a-f-]{36}/256$"));
        assertThat(loaded(avatar)).isTrue();
        Locator roomAvatar = bobPage.locator(".parley-room-header .parley-avatar img");
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Room actions")).click();
        anaPage.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change room picture")).click();
        assertThat(roomAvatar).hasAttribute("src", java.util.regex.Pattern.compile("/v1/avatars/"));
    }

    // ---- helpers

    private Page openRoom(TestNode.User user, String roomId) {
        Page page = pages.at(node, user, "/rooms/" + roomId);
        assertThat(composer(page)).isVisible();
        return page;
    }

    /** Uploads at 256 KB/s (Chromium's network emulation), so their progress can be seen. */
    private static void slowUploads(Page page) {
        var cdp = page.context().newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", 20);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", 256 * 1024);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    private static byte[] pngOrFail() {
        try {
            return noisePng(96, 96);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
