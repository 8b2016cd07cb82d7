package dev.parley.core.testing;

import dev.parley.core.appban.AppBan;
import dev.parley.core.appban.AppBanRepository;
import java.util.Optional;

/** {@link AppBanRepository} over the in-memory tables. */
final class InMemoryAppBans implements AppBanRepository {
    private final Tables tables;

    InMemoryAppBans(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void put(AppBan ban) {
        tables.requireUser(ban.userId());
        AppBan stored = new AppBan(ban.userId(), ban.reason(), ban.createdBy(), Micros.of(ban.createdAt()),
                Micros.of(ban.expiresAt()));
        if (!tables.appBans.update(ban.userId(), old -> stored)) {
            tables.appBans.insert(ban.userId(), stored);
        }
    }

    @Override
    public boolean remove(String userId) {
        return tables.appBans.delete(userId);
    }

    @Override
    public Optional<AppBan> find(String userId) {
        return tables.appBans.find(userId);
    }
}
