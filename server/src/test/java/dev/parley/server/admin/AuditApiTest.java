package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/admin/audit}: what admins did, searchable, exportable as CSV, for app admins only. */
class AuditApiTest {
    private static final String GRANTS = "/v1/admin/permissions";

    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void a_grant_change_is_in_the_audit_log_with_who_when_before_and_after() {
        var admin = node.newUser("admin", "admin");
        Instant start = Instant.now().minusSeconds(1);
        var document = node.server().get(GRANTS).json();
        assertThat(admin.api().put(GRANTS, document).status()).isEqualTo(200);

        var page = admin.api().get("/v1/admin/audit?actorId=" + admin.id() + "&action=grants.replace&from=" + start);

        assertThat(page.status()).isEqualTo(200);
        var entry = page.json().at("/items/0");
        assertThat(entry.get("actorId").asText()).isEqualTo(admin.id());
        assertThat(entry.get("action").asText()).isEqualTo("grants.replace");
        assertThat(entry.get("targetType").asText()).isEqualTo("grants");
        assertThat(entry.get("before").asText()).contains("app.user: send-message");
        assertThat(entry.get("after").asText()).contains("app.user: send-message");
        assertThat(Instant.parse(entry.get("at").asText())).isAfter(start);
        assertThat(admin.api().get("/v1/admin/audit?actorId=" + admin.id() + "&to=" + start).json().get("items"))
                .isEmpty();
    }

    @Test
    void the_log_pages_newest_first_and_exports_as_csv() {
        for (int i = 0; i < 3; i++) {
            node.server().put(GRANTS, node.server().get(GRANTS).json());
        }
        var first = node.server().get("/v1/admin/audit?actorId=%28api%20secret%29&limit=2").json();
        var second = node.server().get("/v1/admin/audit?actorId=%28api%20secret%29&limit=2&cursor="
                + first.get("nextCursor").asText()).json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items").size()).isGreaterThanOrEqualTo(1);
        assertThat(first.at("/items/0/id").asText()).isGreaterThan(first.at("/items/1/id").asText());
        assertThat(first.at("/items/1/id").asText()).isGreaterThan(second.at("/items/0/id").asText());

        var csv = node.server().get("/v1/admin/audit?format=csv&action=grants.replace");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("id,at,actorId,action,targetType,targetId,before,after");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lines.get(1)).contains(",(api secret),grants.replace,grants,app,\"app.admin:");
    }

    @Test
    void nobody_but_an_app_admin_reads_the_log_and_bad_filters_are_refused_in_plain_words() {
        var user = node.newUser("user");
        for (String path : List.of("/v1/admin/audit", "/v1/admin/audit?format=csv")) {
            var refused = user.api().get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("forbidden");
            assertThat(refused.contentType()).contains("problem+json");
        }
        assertThat(node.server().get("/v1/admin/audit?from=yesterday").json().get("detail").asText())
                .contains("from must be an ISO-8601");
        assertThat(node.server().get("/v1/admin/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .status()).isEqualTo(400);
        assertThat(node.server().get("/v1/admin/audit?format=xml").status()).isEqualTo(400);
        assertThat(node.server().get("/v1/admin/audit?cursor=nonsense").code()).isEqualTo("invalid_cursor");
        assertThat(node.server().put(GRANTS, Map.of("app", Map.of("x", List.of()))).status()).isEqualTo(400);
    }
}
