package dev.parley.core.testing;

import dev.parley.core.message.Reaction;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.testing.Tables.ReactionKey;
import dev.parley.core.testing.Tables.ReactionRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@link ReactionRepository} over the in-memory {@code reactions} table. */
final class InMemoryReactions implements ReactionRepository {
    private final Tables tables;

    InMemoryReactions(Tables tables) {
        this.tables = tables;
    }

    @Override
    public boolean add(UUID roomId, UUID messageId, String userId, String emoji, Instant at) {
        if (!tables.messageIds.contains(messageId)) {
            throw new IllegalStateException("foreign key violated: no message " + messageId);
        }
        ReactionKey key = new ReactionKey(messageId, userId, emoji);
        if (tables.reactions.contains(key)) {
            return false;
        }
        tables.reactions.insert(key,
                new ReactionRow(tables.nextReactionOrdinal(), roomId, messageId, userId, emoji, Micros.of(at)));
        return true;
    }

    @Override
    public boolean remove(UUID messageId, String userId, String emoji) {
        return tables.reactions.delete(new ReactionKey(messageId, userId, emoji));
    }

    @Override
    public void removeAll(UUID messageId) {
        tables.reactions.deleteIf(row -> row.messageId().equals(messageId));
    }

    /** Messages without reactions are absent from the map. */
    @Override
    public Map<UUID, List<Reaction>> of(Collection<UUID> messageIds) {
        Set<UUID> wanted = new HashSet<>(messageIds);
        Map<UUID, Map<String, List<String>>> grouped = new HashMap<>();
        tables.reactions.rows(row -> wanted.contains(row.messageId())).stream()
                .sorted(Comparator.comparingLong(ReactionRow::ordinal))
                .forEach(row -> grouped.computeIfAbsent(row.messageId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(row.emoji(), emoji -> new ArrayList<>()).add(row.userId()));
        Map<UUID, List<Reaction>> result = new HashMap<>();
        grouped.forEach((messageId, byEmoji) -> result.put(messageId, byEmoji.entrySet().stream()
                .map(e -> new Reaction(e.getKey(), e.getValue().size(), List.copyOf(e.getValue()))).toList()));
        return result;
    }
}
