package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ParleyConfig;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web UI's files as the server hands them out: pages with a Content-Security-Policy,
 * the SPA fallback that never hides an API 404, cache headers, and CORS for allowed origins.
 * Works with whatever {@code parley-web/} build is on the classpath.
 */
class WebServingTest {
    static final String PARTNER = "https://partner.example";

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withWeb(new ParleyConfig.Web("", List.of(PARTNER),
            List.of(PARTNER, "https://*.apps.example"), config.web().clients())));

    private static ApiClient browser() {
        return node.anonymous().withHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    @Test
    void the_app_is_served_at_the_root_and_may_not_be_framed_by_others() {
        var page = browser().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).containsIgnoringCase("<html");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'self'")
                .doesNotContain(PARTNER);
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void an_embed_page_may_be_framed_by_the_configured_origins() {
        var page = browser().get("/embed/rooms/0190f0a4-0000-7000-8000-000000000001");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'self' " + PARTNER);
    }

    @Test
    void html_navigations_outside_the_api_fall_back_to_the_app() {
        var page = browser().get("/rooms/some-room");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(browser().get("/").body());
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
    }

    @Test
    void api_paths_stay_problem_json_404s_even_for_browsers() {
        for (String path : List.of("/v1/nothing-here", "/chat/nothing", "/health/x", "/metrics/x")) {
            var response = browser().get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.isProblem()).as(path).isTrue();
        }
        var notHtml = node.anonymous().get("/rooms/some-room");
        assertThat(notHtml.status()).isEqualTo(404);
        assertThat(notHtml.isProblem()).isTrue();
        var post = browser().post("/rooms/some-room", "{}");
        assertThat(post.isProblem()).isTrue();
    }

    @Test
    void hashed_assets_are_cached_for_good_and_a_missing_one_is_404() {
        String index = browser().get("/").body();
        var matcher = Pattern.compile("/assets/[A-Za-z0-9._-]+\\.js").matcher(index);
        assertThat(matcher.find()).as("index.html names a script under /assets/").isTrue();

        var asset = node.anonymous().get(matcher.group());

        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.contentType()).startsWith("text/javascript");
        assertThat(asset.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(node.anonymous().get("/assets/missing-0000.js").status()).isEqualTo(404);
        assertThat(node.anonymous().get("/assets/..%2Fwidget.js").status()).isIn(400, 404);
    }

    @Test
    void the_widget_script_may_be_loaded_by_any_page_and_revalidates_by_etag() {
        var widget = node.anonymous().get("/widget.js");

        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.contentType()).startsWith("text/javascript");
        assertThat(widget.header("Access-Control-Allow-Origin")).isEqualTo("*");
        String etag = widget.header("ETag");
        assertThat(etag).isNotBlank();
        var again = node.anonymous().withHeader("If-None-Match", etag).get("/widget.js");
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void text_files_go_gzipped_to_clients_that_take_it() throws Exception {
        var plain = node.anonymous().get("/widget.js");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url() + "/widget.js"))
                .header("Accept-Encoding", "gzip").build();
        var zipped = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(new String(unzipped, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
    }

    @Test
    void an_allowed_origin_gets_cors_on_the_api_and_a_preflight_answer() {
        var preflight = node.anonymous().withHeader("Origin", PARTNER)
                .withHeader("Access-Control-Request-Method", "POST")
                .withHeader("Access-Control-Request-Headers", "authorization, content-type")
                .send("OPTIONS", "/v1/rooms", null);

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization").contains("Content-Type");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");

        var ana = node.newUser("ana");
        var rooms = ana.api().withHeader("Origin", PARTNER).get("/v1/rooms");
        assertThat(rooms.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(rooms.header("Vary")).contains("Origin");
        var config = ana.api().withHeader("Origin", "https://team.apps.example").get("/chat/config?clientType=web");
        assertThat(config.header("Access-Control-Allow-Origin")).isEqualTo("https://team.apps.example");
    }

    @Test
    void other_origins_get_no_cors_headers() {
        var preflight = node.anonymous().withHeader("Origin", "https://evil.example")
                .withHeader("Access-Control-Request-Method", "POST").send("OPTIONS", "/v1/rooms", null);

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.status()).isNotEqualTo(204);
        var ana = node.newUser("ana");
        assertThat(ana.api().withHeader("Origin", "https://apps.example").get("/v1/rooms")
                .header("Access-Control-Allow-Origin")).isNull();
    }
}
