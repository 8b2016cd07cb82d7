package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.appban.AppBan;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class AppBanRepositoryContract extends StoreContract {

    @Test
    void an_app_ban_is_put_found_replaced_and_lifted() {
        var ana = data().user();
        var admin = data().user();
        Instant now = TestData.now();
        AppBan forever = new AppBan(ana.id(), "spam", admin.id(), now, null);
        put(forever);
        assertThat(find(ana.id())).contains(forever);
        assertThat(find(admin.id())).isEmpty();

        AppBan shorter = new AppBan(ana.id(), null, admin.id(), now, now.plusSeconds(60));
        put(shorter);
        assertThat(find(ana.id())).contains(shorter);
        assertThat(shorter.activeAt(now.plusSeconds(59))).isTrue();
        assertThat(shorter.activeAt(now.plusSeconds(60))).isFalse();

        assertThat(remove(ana.id())).isTrue();
        assertThat(remove(ana.id())).isFalse();
        assertThat(find(ana.id())).isEmpty();
    }

    private void put(AppBan ban) {
        store().transaction(repos -> {
            repos.appBans().put(ban);
            return null;
        });
    }

    private boolean remove(String userId) {
        return store().transaction(repos -> repos.appBans().remove(userId));
    }

    private Optional<AppBan> find(String userId) {
        return store().read(repos -> repos.appBans().find(userId));
    }
}
