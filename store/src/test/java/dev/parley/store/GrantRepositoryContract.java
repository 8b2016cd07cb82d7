package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.grant.GrantRepository.StoredGrants;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.GrantsDocument;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public abstract class GrantRepositoryContract extends StoreContract {

    @Test
    void a_saved_document_is_found_as_written_with_its_order_empty_roles_and_empty_scopes() {
        var roles = new LinkedHashMap<String, List<String>>();
        roles.put("user", List.of("send-message", "!react", "create-group"));
        roles.put("guest", List.of());
        var scopes = new LinkedHashMap<String, Map<String, List<String>>>();
        scopes.put("app", roles);
        scopes.put("direct", Map.of());
        scopes.put("group", Map.of("owner", List.of("manage-members")));
        GrantsDocument document = new GrantsDocument(scopes);
        Instant at = TestData.now();

        store().transaction(repos -> {
            repos.grants().save(document, 41, "admin", at);
            return null;
        });

        StoredGrants stored = store().read(repos -> repos.grants().find()).orElseThrow();
        assertThat(stored).isEqualTo(new StoredGrants(document, 41, "admin", at));
        assertThat(List.copyOf(stored.document().scopes().keySet())).containsExactly("app", "direct", "group");
        assertThat(List.copyOf(stored.document().scopes().get("app").keySet())).containsExactly("user", "guest");
    }

    @Test
    void saving_again_replaces_the_whole_document_and_its_version() {
        Instant at = TestData.now();
        store().transaction(repos -> {
            repos.grants().save(Grants.defaultDocument(), 7, "first", at);
            repos.grants().save(new GrantsDocument(Map.of("app", Map.of("admin", List.of("react")))), 8, "second", at);
            return null;
        });

        StoredGrants stored = store().read(repos -> repos.grants().find()).orElseThrow();
        assertThat(stored.version()).isEqualTo(8);
        assertThat(stored.updatedBy()).isEqualTo("second");
        assertThat(stored.document().scopes()).isEqualTo(Map.of("app", Map.of("admin", List.of("react"))));
    }

    @Test
    void a_rolled_back_save_leaves_the_document_before_it() {
        Instant at = TestData.now();
        store().transaction(repos -> {
            repos.grants().save(Grants.defaultDocument(), 20, "kept", at);
            return null;
        });
        try {
            store().transaction(repos -> {
                repos.grants().save(new GrantsDocument(Map.of()), 21, "lost", at);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the save above is undone
        }

        StoredGrants stored = store().read(repos -> repos.grants().find()).orElseThrow();
        assertThat(stored.version()).isEqualTo(20);
        assertThat(stored.document()).isEqualTo(Grants.defaultDocument());
    }
}
