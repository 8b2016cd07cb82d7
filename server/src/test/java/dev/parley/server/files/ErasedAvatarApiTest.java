package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Erasing a user deletes the avatar images Parley hosted for them, not only the link to them. */
class ErasedAvatarApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void an_erased_users_uploaded_avatar_is_no_longer_served() throws Exception {
        var ana = node.newUser("ana");
        String avatar = Multipart.file("avatar", null, TestImages.png(120, 120)).put(ana.api(), "/v1/me/avatar")
                .json().get("avatarUrl").asText();
        assertThat(Multipart.fetch(node.url(), avatar).status()).isEqualTo(200);

        var erased = node.server().post("/v1/admin/users/" + ana.id() + "/erase", Map.of("messages", "delete"));

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().at("/user/avatarUrl").isMissingNode()).isTrue();
        assertThat(Multipart.fetch(node.url(), avatar).status()).isEqualTo(404);
    }
}
