package dev.parley.core.admin;

import dev.parley.core.admin.AdminRepository.MessagePosition;
import dev.parley.core.admin.AdminRepository.MessageQuery;
import dev.parley.core.admin.AdminRepository.RoomPosition;
import dev.parley.core.admin.AdminRepository.RoomQuery;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageService;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomNames;
import dev.parley.core.room.RoomType;
import dev.parley.core.store.Transactor;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** App admins look across the whole app: every room by name, type or member; every message by room, author, text or time. */
public final class AdminSearchService {
    public static final int MAX_QUERY = 128;

    private final Transactor store;

    public AdminSearchService(Transactor store) {
        this.store = store;
    }

    /** Rooms whose name contains {@code search.query()} (case-insensitively), of the type, with the member; by name. */
    public Page<Room> rooms(Actor actor, RoomSearch search, PageRequest page) {
        Admins.check(actor, "search every room");
        String contains = RoomNames.fold(Constraints.checkOptionalText("query", search.query(), MAX_QUERY));
        RoomType type = type(search.type());
        String memberId = search.memberId() == null || search.memberId().isEmpty() ? null
                : Constraints.checkUserId("memberId", search.memberId());
        var position = Cursor.decode(page.after(), 2);
        RoomPosition after = position == null ? null : new RoomPosition(position.get(0), cursorId(position.get(1)));
        List<Room> rows = store.read(repos -> repos.admin()
                .rooms(new RoomQuery(contains, type, memberId, after, page.limit() + 1)));
        return Page.of(rows, page.limit(), room -> Cursor.encode(RoomNames.fold(room.name()), room.id().toString()));
    }

    /** Messages across rooms (deleted ones left out) matching the search, newest first. */
    public Page<Message> messages(Actor actor, MessageSearch search, PageRequest page) {
        Admins.check(actor, "search every message");
        UUID roomId = search.roomId() == null || search.roomId().isEmpty() ? null
                : Uuids.parse("roomId", search.roomId());
        String userId = search.userId() == null || search.userId().isEmpty() ? null
                : Constraints.checkUserId("userId", search.userId());
        String text = Constraints.checkOptionalText("query", search.query(), MAX_QUERY);
        if (search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
            throw ParleyException.invalid("from must be before to");
        }
        var position = Cursor.decode(page.after(), 2);
        MessagePosition before = position == null ? null
                : new MessagePosition(cursorTime(position.get(0)), cursorId(position.get(1)));
        var query = new MessageQuery(roomId, userId, text == null || text.isEmpty() ? null : RoomNames.fold(text),
                search.from(), search.to(), before, page.limit() + 1);
        List<Message> rows = store.read(repos -> MessageService.withReactions(repos, repos.admin().messages(query)));
        return Page.of(rows, page.limit(), m -> Cursor.encode(m.createdAt().toString(), m.id().toString()));
    }

    private static RoomType type(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (RoomType type : RoomType.values()) {
            if (type.wireName().equals(value)) {
                return type;
            }
        }
        throw ParleyException.invalid("type must be one of direct, group, channel");
    }

    private static UUID cursorId(String part) {
        try {
            return Uuids.parse("cursor", part);
        } catch (ParleyException e) {
            throw Cursor.invalid();
        }
    }

    private static Instant cursorTime(String part) {
        try {
            return Instant.parse(part);
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }
}
