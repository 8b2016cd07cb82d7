package dev.parley.core.apikey;

import java.util.Optional;

/** The stored API secret (one row for the app). */
public interface ApiSecretRepository {
    Optional<ApiSecret> find();

    /** Stores the first secret; a {@link dev.parley.core.store.DuplicateKeyException} when one is stored already. */
    void create(ApiSecret secret);

    /** Replaces the stored secret with {@code next} if the stored one is still at {@code expectedVersion}; true when replaced. */
    boolean replace(long expectedVersion, ApiSecret next);
}
