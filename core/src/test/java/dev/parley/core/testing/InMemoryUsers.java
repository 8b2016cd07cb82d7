package dev.parley.core.testing;

import dev.parley.core.testing.Tables.UserRow;
import dev.parley.core.user.SearchWords;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link UserRepository} over the in-memory {@code users} table. */
final class InMemoryUsers implements UserRepository {
    private final Tables tables;

    InMemoryUsers(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<User> find(String id) {
        return tables.users.find(id).map(UserRow::user);
    }

    @Override
    public List<User> findAll(Collection<String> ids) {
        return ids.stream().distinct().sorted().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public void insert(User user) {
        tables.users.insert(user.id(), new UserRow(Micros.of(user), 0));
    }

    /** Replaces the writable fields; the creation time stays. */
    @Override
    public void update(User user) {
        tables.users.update(user.id(), row -> new UserRow(Micros.of(new User(user.id(), user.name(), user.avatarUrl(),
                user.role(), user.data(), user.active(), row.user().createdAt(), user.updatedAt())),
                row.tokensValidFrom()));
    }

    @Override
    public List<User> search(String prefix, String afterId, int fetch) {
        return search(prefix, afterId, fetch, user -> true);
    }

    @Override
    public List<User> searchActive(String prefix, String afterId, int fetch) {
        return search(prefix, afterId, fetch, User::active);
    }

    @Override
    public List<User> searchActiveSharingRooms(String prefix, String viewerId, String afterId, int fetch) {
        java.util.Set<java.util.UUID> viewerRooms = new java.util.HashSet<>();
        tables.members.rows(m -> m.userId().equals(viewerId)).forEach(m -> viewerRooms.add(m.roomId()));
        return search(prefix, afterId, fetch, user -> user.active()
                && !tables.members.rows(m -> m.userId().equals(user.id()) && viewerRooms.contains(m.roomId())).isEmpty());
    }

    private List<User> search(String prefix, String afterId, int fetch, Predicate<User> condition) {
        String folded = fold(prefix);
        return tables.users.rows().stream().map(UserRow::user)
                .filter(u -> SearchWords.matches(folded, u.id(), u.name()))
                .filter(condition)
                .filter(u -> afterId == null || u.id().compareTo(afterId) > 0)
                .sorted(Comparator.comparing(User::id))
                .limit(fetch)
                .toList();
    }

    @Override
    public void deactivate(String id, Instant at) {
        tables.users.update(id, row -> new UserRow(Micros.of(new User(id, row.user().name(), row.user().avatarUrl(),
                row.user().role(), row.user().data(), false, row.user().createdAt(), at)), row.tokensValidFrom()));
    }

    @Override
    public void setTokensValidFrom(String id, long epochSecond) {
        tables.users.update(id, row -> new UserRow(row.user(), epochSecond));
    }

    @Override
    public long tokensValidFrom(String id) {
        return tables.users.find(id).map(UserRow::tokensValidFrom).orElse(0L);
    }

    private static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
