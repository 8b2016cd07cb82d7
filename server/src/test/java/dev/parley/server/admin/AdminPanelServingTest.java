package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin}: the panel's own page, never framed. Works with whatever {@code parley-web/} build is on the classpath. */
class AdminPanelServingTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    private static ApiClient browser() {
        return node.anonymous().withHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    @Test
    void the_panel_is_its_own_page_that_no_site_may_frame() {
        var panel = browser().get("/admin");

        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.contentType()).startsWith("text/html");
        assertThat(panel.body()).contains("<title>Parley admin</title>").isNotEqualTo(browser().get("/").body());
        assertThat(panel.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("script-src 'self'");
        assertThat(panel.header("Cache-Control")).isEqualTo("no-cache");
    }
}
