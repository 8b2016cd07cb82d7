package dev.parley.core.account;

import java.time.Instant;
import java.util.Optional;

public interface AccountRepository {
    Optional<LocalAccount> find(String userId);

    void insert(LocalAccount account);

    /** Returns false when the user has no local account. */
    boolean updatePassword(String userId, String passwordHash, boolean generated, Instant at);

    long count();
}
