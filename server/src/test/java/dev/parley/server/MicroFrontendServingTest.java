package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The micro-frontend build as qiankun and micro-lc fetch it from another origin: the HTML entry
 * at {@code /micro/} naming the UMD script, and the script itself, both readable by any origin.
 */
class MicroFrontendServingTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void the_html_entry_names_the_umd_script_and_any_origin_may_read_it() {
        for (String path : new String[] {"/micro/", "/micro/index.html"}) {
            var entry = node.anonymous().withHeader("Origin", "https://backoffice.example").get(path);

            assertThat(entry.status()).isEqualTo(200);
            assertThat(entry.contentType()).startsWith("text/html");
            assertThat(entry.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(entry.body()).contains("<script src=\"/micro/parley.js\" entry></script>");
        }
    }

    @Test
    void the_umd_script_is_not_an_es_module_and_exposes_the_lifecycle_as_parley_chat() {
        var script = node.anonymous().get("/micro/parley.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(script.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(script.body()).contains("ParleyChat").doesNotContain("import.meta").doesNotContainPattern("(?m)^export ");
        var again = node.anonymous().withHeader("If-None-Match", script.header("ETag")).get("/micro/parley.js");
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void other_paths_under_micro_are_not_found() {
        assertThat(node.anonymous().get("/micro/secret.js").status()).isEqualTo(404);
        assertThat(node.anonymous().get("/micro/..%2Fwidget.js").status()).isIn(400, 404);
    }
}
