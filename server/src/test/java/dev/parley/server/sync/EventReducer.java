package dev.parley.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Applies WebSocket events to a {@link RestSnapshot} the way a client keeps its state: only
 * from what the events carry and the documented rules (own messages count as read; unread =
 * last seq − read mark − the deleted messages above it; the last message is the newest that
 * still exists). An event about a room the state does not hold changes nothing: if
 * REST shows that room afterwards, the comparison names what the events failed to carry.
 */
final class EventReducer {
    private static final List<String> ROOM_FIELDS = List.of("id", "type", "name", "topic", "avatarUrl", "data",
            "createdBy", "createdAt", "updatedAt", "lastSeq", "lastActivityAt", "memberCount", "lastChange");

    private final String observer;

    EventReducer(String observer) {
        this.observer = observer;
    }

    /** A copy of {@code rooms} with {@code events} applied in order. */
    ObjectNode apply(ObjectNode rooms, List<JsonNode> events) {
        ObjectNode state = rooms.deepCopy();
        events.forEach(event -> apply(state, event));
        return state;
    }

    private void apply(ObjectNode rooms, JsonNode event) {
        String type = event.get("type").asText();
        String roomId = event.get("roomId").asText();
        if (type.equals("room.created")) {
            rooms.set(roomId, created(event.get("room"), event.get("members")));
            return;
        }
        if (type.equals("member.added") && observer.equals(event.path("member").path("userId").asText())
                && event.hasNonNull("room") && !rooms.has(roomId)) {
            rooms.set(roomId, joined(event.get("room")));
            return;
        }
        ObjectNode room = (ObjectNode) rooms.get(roomId);
        if (room == null) {
            return;
        }
        if (event.has("change") && event.get("change").asLong() > room.path("lastChange").asLong()) {
            room.put("lastChange", event.get("change").asLong());
        }
        switch (type) {
            case "message.new" -> messageNew(room, event.get("message"));
            case "message.updated" -> replaceMessage(room, event.get("message"));
            case "message.deleted" -> deleteMessage(room, event.get("message"));
            case "reaction.added", "reaction.removed" -> reactions(room, event);
            case "room.updated" -> copyRoomFields(room, event.get("room"));
            case "room.deleted" -> rooms.remove(roomId);
            case "member.added" -> memberAdded(room, event.get("member"));
            case "member.updated" -> memberUpdated(rooms, room, event.get("member"));
            case "member.removed" -> memberRemoved(rooms, room, event.get("userId").asText());
            case "read" -> read(room, event.get("userId").asText(), event.get("seq").asLong());
            default -> throw new AssertionError("the reducer knows no event " + type);
        }
    }

    private void messageNew(ObjectNode room, JsonNode message) {
        long seq = message.get("seq").asLong();
        if (seq >= room.get("lastSeq").asLong()) {
            room.put("lastSeq", seq);
            room.set("lastMessage", message);
        }
        Instant sentAt = Instant.parse(message.get("createdAt").asText());
        if (sentAt.isAfter(Instant.parse(room.get("lastActivityAt").asText()))) {
            room.set("lastActivityAt", message.get("createdAt"));
        }
        ObjectNode history = (ObjectNode) room.get("history");
        history.set(String.valueOf(seq), message);
        keepNewest(history);
        String sender = message.get("userId").asText();
        moveReadMark(room, sender, seq);
    }

    private void replaceMessage(ObjectNode room, JsonNode message) {
        String seq = message.get("seq").asText();
        ObjectNode history = (ObjectNode) room.get("history");
        if (history.has(seq)) {
            history.set(seq, message);
        }
        if (room.path("lastMessage").path("seq").asText().equals(seq)) {
            room.set("lastMessage", message);
        }
    }

    /** A tombstone: no longer unread; when it was the last message, the newest one held that still exists is. */
    private void deleteMessage(ObjectNode room, JsonNode tombstone) {
        boolean wasLast = room.path("lastMessage").path("seq").asText().equals(tombstone.get("seq").asText());
        replaceMessage(room, tombstone);
        if (wasLast) {
            JsonNode newest = null;
            for (JsonNode message : room.get("history")) {
                if (!message.has("deletedAt") && (newest == null || message.get("seq").asLong() > newest.get("seq").asLong())) {
                    newest = message;
                }
            }
            if (newest == null) {
                room.remove("lastMessage");
            } else {
                room.set("lastMessage", newest);
            }
        }
        room.put("unreadCount", unread(room));
    }

    /** The room's last seq − the observer's mark − the deleted messages above it (the history holds them all here). */
    private static long unread(ObjectNode room) {
        long mark = room.get("lastReadSeq").asLong();
        long deleted = 0;
        for (JsonNode message : room.get("history")) {
            if (message.get("seq").asLong() > mark && message.has("deletedAt")) {
                deleted++;
            }
        }
        return Math.max(0, room.get("lastSeq").asLong() - mark - deleted);
    }

    private static void reactions(ObjectNode room, JsonNode event) {
        String messageId = event.get("messageId").asText();
        for (JsonNode message : room.get("history")) {
            if (message.get("id").asText().equals(messageId)) {
                ((ObjectNode) message).set("reactions", event.get("reactions"));
            }
        }
        if (room.path("lastMessage").path("id").asText().equals(messageId)) {
            ((ObjectNode) room.get("lastMessage")).set("reactions", event.get("reactions"));
        }
    }

    /**
     * A room the observer was just put in: they own it if they made it; nothing read; its
     * members as the event lists them; a direct room's peer is the member who is not them.
     */
    private ObjectNode created(JsonNode created, JsonNode members) {
        ObjectNode room = RestSnapshot.JSON.createObjectNode();
        copyRoomFields(room, created);
        boolean creator = created.get("createdBy").asText().equals(observer) && !created.get("type").asText().equals(
                "direct");
        room.put("role", creator ? "owner" : "member");
        room.put("lastReadSeq", 0);
        room.put("unreadCount", created.get("lastSeq").asLong());
        room.put("mentionCount", 0);
        room.put("muted", false);
        ObjectNode byUser = RestSnapshot.JSON.createObjectNode();
        if (members != null) {
            for (JsonNode member : members) {
                byUser.set(member.get("userId").asText(), withoutCard(member));
                if (created.get("type").asText().equals("direct") && !member.get("userId").asText().equals(observer)) {
                    room.set("peer", member.get("user"));
                }
            }
        }
        room.set("members", byUser);
        room.set("history", RestSnapshot.JSON.createObjectNode());
        return room;
    }

    /** A room the observer was added to: the room as they see it; its members and history are fetched when shown. */
    private static ObjectNode joined(JsonNode seen) {
        ObjectNode room = seen.deepCopy();
        room.set("members", RestSnapshot.JSON.createObjectNode());
        room.set("history", RestSnapshot.JSON.createObjectNode());
        return room;
    }

    private static void copyRoomFields(ObjectNode room, JsonNode from) {
        for (String field : ROOM_FIELDS) {
            if (from.has(field)) {
                room.set(field, from.get(field));
            } else {
                room.remove(field);
            }
        }
    }

    private void memberAdded(ObjectNode room, JsonNode member) {
        ((ObjectNode) room.get("members")).set(member.get("userId").asText(), withoutCard(member));
        room.put("memberCount", room.get("memberCount").asInt() + 1);
    }

    private void memberUpdated(ObjectNode rooms, ObjectNode room, JsonNode member) {
        String userId = member.get("userId").asText();
        if (userId.equals(observer) && member.path("hidden").asBoolean()) {
            rooms.remove(room.get("id").asText()); // left a direct room: out of the list until its next message
            return;
        }
        ((ObjectNode) room.get("members")).set(userId, withoutCard(member));
        if (userId.equals(observer)) {
            room.set("role", member.get("role"));
        }
    }

    private void memberRemoved(ObjectNode rooms, ObjectNode room, String userId) {
        if (userId.equals(observer)) {
            rooms.remove(room.get("id").asText());
            return;
        }
        ((ObjectNode) room.get("members")).remove(userId);
        room.put("memberCount", room.get("memberCount").asInt() - 1);
    }

    private void read(ObjectNode room, String userId, long seq) {
        moveReadMark(room, userId, seq);
    }

    /** A read mark only moves forward; the observer's own mark sets their unread count. */
    private void moveReadMark(ObjectNode room, String userId, long seq) {
        JsonNode member = room.get("members").get(userId);
        if (member != null && member.get("lastReadSeq").asLong() < seq) {
            ((ObjectNode) member).put("lastReadSeq", seq);
        }
        if (userId.equals(observer)) {
            room.put("lastReadSeq", Math.max(room.get("lastReadSeq").asLong(), seq));
        }
        room.put("unreadCount", unread(room));
    }

    private static JsonNode withoutCard(JsonNode member) {
        ObjectNode copy = member.deepCopy();
        copy.remove("user");
        return copy;
    }

    private static void keepNewest(ObjectNode history) {
        List<String> seqs = new ArrayList<>();
        for (Iterator<String> names = history.fieldNames(); names.hasNext();) {
            seqs.add(names.next());
        }
        seqs.stream().mapToLong(Long::parseLong).sorted().limit(Math.max(0, seqs.size() - RestSnapshot.HISTORY_PAGE))
                .forEach(seq -> history.remove(String.valueOf(seq)));
    }
}
