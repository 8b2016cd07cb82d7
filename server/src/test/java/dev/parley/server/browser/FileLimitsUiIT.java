package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.FileDrops.composer;
import static dev.parley.server.browser.FileDrops.drop;
import static dev.parley.server.browser.FileDrops.loaded;
import static dev.parley.server.browser.FileDrops.noisePng;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The configured file limits in the web UI, on a node with small ones (files up to 1 MiB,
 * voice messages up to 3 s, links that live 4 s): a file over the limit is refused before
 * any byte goes up, with a message naming the limit; the recorder stops at the voice limit;
 * an image on a page open longer than links live keeps loading with renewed links.
 */
class FileLimitsUiIT {
    private static final long MIB = 1024 * 1024;

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withFiles(small(config.files())));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium(List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream"));

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private static ParleyConfig.Files small(ParleyConfig.Files f) {
        return new ParleyConfig.Files(f.directory(), f.directoryShared(), MIB, f.avatarMaxBytes(), f.voiceMaxBytes(),
                3, f.maxPixels(), f.keepUnattached(), Duration.ofSeconds(4), f.s3());
    }

    @Test
    void a_file_over_the_configured_limit_is_refused_before_uploading_with_a_message_naming_the_limit() throws Exception {
        var ana = node.newUser("ana");
        String roomId = ana.createRoom("group", "Big files");
        Page page = openRoom(ana, roomId);
        List<String> uploads = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith("/files")) {
                uploads.add(request.url());
            }
        });

        drop(page, noisePng(700, 700), "huge.png");

        Locator refused = page.locator("[data-testid=upload]").filter(new Locator.FilterOptions().setHasText("huge.png"));
        assertThat(refused.getByRole(AriaRole.ALERT)).containsText("more than the 1 MiB allowed");
        assertThat(refused.getByRole(AriaRole.ALERT)).containsText("too large");
        assertThat(uploads).as("nothing was sent to the server").isEmpty();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true))).isDisabled();
    }

    @Test
    void the_recorder_stops_at_the_configured_voice_limit_and_sends_what_it_has() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Short voice", bob);
        Page anaPage = openRoom(ana, roomId);
        Page bobPage = openRoom(bob, roomId);

        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a voice message")).click();
        assertThat(anaPage.getByRole(AriaRole.TIMER)).isVisible();

        Locator voice = bobPage.locator("[data-testid=voice-message]");
        assertThat(voice).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(voice.locator("figcaption")).containsText("Voice message · 0:03");
        assertThat(anaPage.getByRole(AriaRole.TIMER)).isHidden();
    }

    @Test
    void an_image_on_a_page_open_longer_than_links_live_keeps_loading_with_renewed_links() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String roomId = ana.createRoom("group", "Long day", bob);
        Page anaPage = openRoom(ana, roomId);
        Page bobPage = openRoom(bob, roomId);
        drop(anaPage, noisePng(200, 150), "sunset.png");
        assertThat(anaPage.locator("[data-testid=upload]").filter(new Locator.FilterOptions().setHasText("Ready")))
                .hasCount(1);
        composer(anaPage).press("Enter");
        Locator thumbnail = bobPage.locator("[data-testid=image-thumbnail] img");
        assertThat(thumbnail).hasCount(1);
        Instant first = expires(thumbnail.getAttribute("src"));

        waitUntil(first.plusSeconds(1));

        String renewed = thumbnail.getAttribute("src");
        assertThat(expires(renewed)).as("the shown link was renewed before it expired").isAfter(first);
        assertThat(loaded(thumbnail)).isTrue();
        assertThat(bobPage.request().get(renewed).status()).isEqualTo(200);
        bobPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open image sunset.png")).click();
        Locator viewer = bobPage.locator("[data-testid=image-viewer] img");
        assertThat(loaded(viewer)).as("the viewer opened after the first links expired still shows the image").isTrue();
    }

    private Page openRoom(TestNode.User user, String roomId) {
        Page page = pages.at(node, user, "/rooms/" + roomId);
        assertThat(composer(page)).isVisible();
        return page;
    }

    private static Instant expires(String link) {
        Matcher m = Pattern.compile("expires=(\\d+)").matcher(link == null ? "" : link);
        assertThat(m.find()).as("a signed link: %s", link).isTrue();
        return Instant.ofEpochSecond(Long.parseLong(m.group(1)));
    }

    private static void waitUntil(Instant moment) throws InterruptedException {
        while (Instant.now().isBefore(moment)) {
            Thread.sleep(100);
        }
    }
}
