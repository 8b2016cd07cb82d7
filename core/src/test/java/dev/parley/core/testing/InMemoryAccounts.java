package dev.parley.core.testing;

import dev.parley.core.account.AccountRepository;
import dev.parley.core.account.LocalAccount;
import java.time.Instant;
import java.util.Optional;

/** {@link AccountRepository} over the in-memory {@code local_accounts} table. */
final class InMemoryAccounts implements AccountRepository {
    private final Tables tables;

    InMemoryAccounts(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<LocalAccount> find(String userId) {
        return tables.accounts.find(userId);
    }

    @Override
    public void insert(LocalAccount account) {
        tables.requireUser(account.userId());
        tables.accounts.insert(account.userId(), Micros.of(account));
    }

    @Override
    public boolean updatePassword(String userId, String passwordHash, boolean generated, Instant at) {
        return tables.accounts.update(userId,
                a -> new LocalAccount(userId, passwordHash, generated, a.createdAt(), Micros.of(at)));
    }

    @Override
    public long count() {
        return tables.accounts.size();
    }
}
