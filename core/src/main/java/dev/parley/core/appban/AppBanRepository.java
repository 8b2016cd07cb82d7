package dev.parley.core.appban;

import java.util.Optional;

/** App-wide bans, one per user at most. */
public interface AppBanRepository {
    /** Adds or replaces the user's ban. */
    void put(AppBan ban);

    /** Lifts it; false when there was none. */
    boolean remove(String userId);

    /** The user's ban, if any (an expired one too): read when a token is verified, not per request. */
    Optional<AppBan> find(String userId);
}
