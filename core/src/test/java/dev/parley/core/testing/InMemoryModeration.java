package dev.parley.core.testing;

import dev.parley.core.moderation.ModerationRepository;
import dev.parley.core.moderation.PostingState;
import dev.parley.core.moderation.Restriction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ModerationRepository} over the in-memory tables. */
final class InMemoryModeration implements ModerationRepository {
    private final Tables tables;

    InMemoryModeration(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void put(Restriction restriction) {
        tables.requireRoom(restriction.roomId());
        tables.requireUser(restriction.userId());
        var key = new Tables.RestrictionKey(restriction.roomId(), restriction.userId(), restriction.kind());
        if (!tables.restrictions.update(key, old -> restriction)) {
            tables.restrictions.insert(key, restriction);
        }
    }

    @Override
    public boolean remove(UUID roomId, String userId, Restriction.Kind kind) {
        return tables.restrictions.delete(new Tables.RestrictionKey(roomId, userId, kind));
    }

    @Override
    public Optional<Restriction> find(UUID roomId, String userId, Restriction.Kind kind) {
        return tables.restrictions.find(new Tables.RestrictionKey(roomId, userId, kind));
    }

    @Override
    public List<String> bannedAmong(UUID roomId, Collection<String> userIds, Instant now) {
        return userIds.stream().filter(userId -> active(roomId, userId, Restriction.Kind.BAN, now)).sorted().toList();
    }

    @Override
    public PostingState postingState(UUID roomId, String userId, Instant now) {
        return new PostingState(active(roomId, userId, Restriction.Kind.BAN, now),
                active(roomId, userId, Restriction.Kind.MUTE, now));
    }

    private boolean active(UUID roomId, String userId, Restriction.Kind kind, Instant now) {
        return find(roomId, userId, kind).filter(r -> r.activeAt(now)).isPresent();
    }
}
