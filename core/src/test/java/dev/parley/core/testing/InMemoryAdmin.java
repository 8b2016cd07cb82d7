package dev.parley.core.testing;

import dev.parley.core.admin.AdminRepository;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomNames;
import dev.parley.core.testing.Tables.MemberKey;
import dev.parley.core.testing.Tables.RoomRow;
import dev.parley.core.testing.Tables.UserRow;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link AdminRepository} over the in-memory tables. */
final class InMemoryAdmin implements AdminRepository {
    private static final Comparator<Room> BY_NAME = Comparator.comparing((Room r) -> RoomNames.fold(r.name()))
            .thenComparing(Room::id, Tables.UUID_ORDER);
    private static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::createdAt)
            .thenComparing(Message::id, Tables.UUID_ORDER).reversed();

    private final Tables tables;

    InMemoryAdmin(Tables tables) {
        this.tables = tables;
    }

    @Override
    public List<Room> rooms(RoomQuery query) {
        return tables.rooms.rows().stream().map(RoomRow::room)
                .filter(r -> RoomNames.fold(r.name()).contains(query.nameContains()))
                .filter(r -> query.type() == null || r.type() == query.type())
                .filter(r -> query.memberId() == null
                        || tables.members.find(new MemberKey(r.id(), query.memberId())).isPresent())
                .filter(r -> query.after() == null || isAfter(r, query.after()))
                .sorted(BY_NAME).limit(query.limit()).toList();
    }

    @Override
    public List<Message> messages(MessageQuery query) {
        return tables.messages.rows().stream()
                .filter(m -> !m.isDeleted())
                .filter(m -> query.roomId() == null || m.roomId().equals(query.roomId()))
                .filter(m -> query.userId() == null || m.userId().equals(query.userId()))
                .filter(m -> query.textContains() == null
                        || m.text().toLowerCase(Locale.ROOT).contains(query.textContains()))
                .filter(m -> query.from() == null || !m.createdAt().isBefore(query.from()))
                .filter(m -> query.to() == null || m.createdAt().isBefore(query.to()))
                .filter(m -> query.before() == null || isOlder(m, query.before()))
                .sorted(NEWEST_FIRST).limit(query.limit()).toList();
    }

    @Override
    public List<Message> messagesById(Collection<UUID> ids) {
        return ids.stream().map(tables::message).flatMap(Optional::stream).toList();
    }

    @Override
    public Counts counts(Instant since) {
        List<UserRow> users = tables.users.rows();
        return new Counts(users.size(), users.stream().filter(row -> row.user().active()).count(),
                tables.rooms.rows().size(),
                tables.messages.rows(m -> !m.createdAt().isBefore(since)).size());
    }

    private static boolean isAfter(Room room, RoomPosition after) {
        int byName = RoomNames.fold(room.name()).compareTo(after.foldedName());
        return byName > 0 || (byName == 0 && Tables.UUID_ORDER.compare(room.id(), after.id()) > 0);
    }

    private static boolean isOlder(Message m, MessagePosition before) {
        int byTime = m.createdAt().compareTo(before.createdAt());
        return byTime < 0 || (byTime == 0 && Tables.UUID_ORDER.compare(m.id(), before.id()) < 0);
    }
}
