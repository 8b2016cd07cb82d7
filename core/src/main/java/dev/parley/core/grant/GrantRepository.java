package dev.parley.core.grant;

import java.time.Instant;
import java.util.Optional;

/** The stored grants document (one for the app) and its version. */
public interface GrantRepository {
    /** The stored document, if an admin ever stored one. */
    Optional<StoredGrants> find();

    /** Replaces the stored document with {@code document}, now at {@code version}. */
    void save(GrantsDocument document, long version, String updatedBy, Instant updatedAt);

    /** A stored document with its version, and who stored it when. */
    record StoredGrants(GrantsDocument document, long version, String updatedBy, Instant updatedAt) {
    }
}
