package dev.parley.core.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface UserRepository {
    Optional<User> find(String id);

    /** The users among {@code ids} that exist, active or not. */
    List<User> findAll(Collection<String> ids);

    void insert(User user);

    void update(User user);

    /** Users whose id or name starts with {@code prefix}, case-insensitively, by id. */
    List<User> search(String prefix, String afterId, int fetch);

    /** {@link #search}, active users only: the directory users see when they start a chat. */
    List<User> searchActive(String prefix, String afterId, int fetch);

    /** {@link #searchActive}, only users who are members of a room {@code viewerId} is a member of. */
    List<User> searchActiveSharingRooms(String prefix, String viewerId, String afterId, int fetch);

    void deactivate(String id, Instant at);

    /** Tokens issued before this second (epoch seconds) are no longer accepted. */
    void setTokensValidFrom(String id, long epochSecond);

    long tokensValidFrom(String id);
}
