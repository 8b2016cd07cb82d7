package dev.parley.server.erase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app keeps an admin: the last active one cannot be erased, not even with the API secret. */
class LastAdminErasureTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void the_last_active_admin_is_not_erased_until_another_admin_exists() {
        var only = node.newUser("admin", "admin");
        for (var user : node.server().get("/v1/admin/users?limit=100").json().get("items")) {
            if (user.get("role").asText().equals("admin") && !user.get("id").asText().equals(only.id())) {
                node.server().patch("/v1/admin/users/" + user.get("id").asText(), Map.of("active", false));
            }
        }
        String path = "/v1/admin/users/" + only.id() + "/erase";

        var refused = node.server().post(path, Map.of("messages", "anonymise"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("last active admin");
        assertThat(only.api().get("/v1/admin/stats").status()).isEqualTo(200);

        node.newUser("admin", "admin");
        var erased = node.server().post(path, Map.of("messages", "anonymise"));
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().at("/user/role").asText()).isEqualTo("user");
    }
}
