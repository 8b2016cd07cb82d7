package dev.parley.core.testing;

import dev.parley.core.flag.Flag;
import dev.parley.core.flag.FlagRepository;
import dev.parley.core.flag.FlagStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link FlagRepository} over the in-memory tables. */
final class InMemoryFlags implements FlagRepository {
    private final Tables tables;

    InMemoryFlags(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void add(Flag flag) {
        tables.requireRoom(flag.roomId());
        tables.requireUser(flag.reporterId());
        tables.flagsOnce.insert(new Tables.FlagKey(flag.messageId(), flag.reporterId()), flag.id());
        tables.flags.insert(flag.id(), flag);
    }

    @Override
    public Optional<Flag> find(UUID flagId) {
        return tables.flags.find(flagId);
    }

    @Override
    public List<Flag> list(FlagStatus status, UUID beforeId, int limit) {
        return tables.flags.rows(flag -> flag.status() == status
                        && (beforeId == null || Tables.UUID_ORDER.compare(flag.id(), beforeId) < 0))
                .reversed().stream().limit(limit).toList();
    }

    @Override
    public int resolveAll(UUID messageId, FlagStatus status, String by, Instant at) {
        var open = tables.flags.rows(flag -> flag.messageId().equals(messageId) && flag.isOpen());
        for (Flag f : open) {
            tables.flags.update(f.id(), old -> new Flag(old.id(), old.roomId(), old.messageId(), old.reporterId(),
                    old.reason(), old.authorId(), old.text(), old.createdAt(), status, by, Micros.of(at)));
        }
        return open.size();
    }
}
