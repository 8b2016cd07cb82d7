package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signed links on a node whose links live two seconds: an expired link is refused, and
 * {@code GET /v1/files?ids=} hands a fresh one that works, as a page open for hours does.
 */
class FileLinkRefreshTest {
    private static final Duration LIFETIME = Duration.ofSeconds(2);

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withFiles(shortLinks(config)));

    private static dev.parley.server.config.ParleyConfig.Files shortLinks(
            dev.parley.server.config.ParleyConfig config) {
        var f = config.files();
        return new dev.parley.server.config.ParleyConfig.Files(f.directory(), f.directoryShared(), f.maxBytes(),
                f.avatarMaxBytes(), f.voiceMaxBytes(), f.voiceMaxSeconds(), f.maxPixels(), f.keepUnattached(),
                LIFETIME, f.s3());
    }

    @Test
    void an_expired_link_is_refused_and_a_fresh_one_for_the_same_file_works() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Old page", bob);
        String file = FileApiContract.upload(ana, room, "old.png", "image/png", TestImages.png(40, 40)).get("id").asText();
        ana.api().post("/v1/rooms/" + room + "/messages", Map.of("attachments", List.of(Map.of("fileId", file))));
        String old = bob.api().allMessages(room).getLast().at("/attachments/0/thumbnailUrl").asText();

        waitUntilExpired(old);

        var refused = Multipart.fetch(node.url(), old);
        JsonNode fresh = bob.api().get("/v1/files?ids=" + file).json().at("/items/0");
        var served = Multipart.fetch(node.url(), fresh.get("thumbnailUrl").asText());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(expires(fresh.get("thumbnailUrl").asText())).isAfter(expires(old));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).isEqualTo("image/jpeg");
    }

    @Test
    void the_boot_document_tells_the_client_how_long_links_live() {
        var ana = node.newUser("ana");

        var files = ana.api().get("/chat/config?clientType=web").json().get("files");

        assertThat(files.get("linkLifetimeSeconds").asLong()).isEqualTo(LIFETIME.toSeconds());
    }

    private static Instant expires(String link) {
        var matcher = java.util.regex.Pattern.compile("expires=(\\d+)").matcher(link);
        assertThat(matcher.find()).as("a signed link: %s", link).isTrue();
        return Instant.ofEpochSecond(Long.parseLong(matcher.group(1)));
    }

    private static void waitUntilExpired(String link) throws InterruptedException {
        Instant expiry = expires(link);
        while (!Instant.now().isAfter(expiry.plusMillis(200))) {
            Thread.sleep(100);
        }
    }
}
