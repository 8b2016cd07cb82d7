package dev.parley.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The truth the checker compares with: every room's stored messages (with final text, deletion and
 * reactions) and members, read through the REST API of a healthy node as the rooms' owner, and
 * each client user's read mark and unread count as that user's {@code GET /v1/rooms} says.
 */
record DatabaseState(Map<String, Room> rooms, Map<String, Map<String, ReadState>> readStates) {

    record Message(String id, String userId, String clientId, String text, boolean deleted, Set<String> reactions,
            long changedAt) {
    }

    record Room(long lastSeq, TreeMap<Long, Message> messages, Set<String> members) {
        Message byId(String id) {
            return messages.values().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        }
    }

    record ReadState(long lastReadSeq, long unreadCount) {
    }

    static DatabaseState read(String nodeUrl, String ownerToken, List<String> roomIds, Map<String, String> userTokens)
            throws IOException {
        ClientRest owner = new ClientRest(nodeUrl, ownerToken);
        Map<String, Room> rooms = new HashMap<>();
        for (String roomId : roomIds) {
            long lastSeq = owner.expect("GET", "/v1/rooms/" + roomId, null).path("lastSeq").asLong();
            rooms.put(roomId, new Room(lastSeq, messages(owner, roomId), members(owner, roomId)));
        }
        Map<String, Map<String, ReadState>> reads = new HashMap<>();
        for (var user : userTokens.entrySet()) {
            Map<String, ReadState> states = new HashMap<>();
            for (JsonNode room : new ClientRest(nodeUrl, user.getValue()).expect("GET", "/v1/rooms?limit=100", null)
                    .path("items")) {
                states.put(room.path("id").asText(), new ReadState(room.path("lastReadSeq").asLong(),
                        room.path("unreadCount").asLong()));
            }
            reads.put(user.getKey(), states);
        }
        return new DatabaseState(rooms, reads);
    }

    private static TreeMap<Long, Message> messages(ClientRest owner, String roomId) throws IOException {
        TreeMap<Long, Message> messages = new TreeMap<>();
        long after = 0;
        while (true) {
            JsonNode page = owner.expect("GET", "/v1/rooms/" + roomId + "/messages?after=" + after + "&limit=100", null);
            for (JsonNode m : page.path("items")) {
                long seq = m.path("seq").asLong();
                String changed = m.hasNonNull("deletedAt") ? m.path("deletedAt").asText()
                        : m.hasNonNull("editedAt") ? m.path("editedAt").asText() : m.path("createdAt").asText();
                messages.put(seq, new Message(m.path("id").asText(), m.path("userId").asText(),
                        m.path("clientId").asText(), m.path("text").asText(), m.hasNonNull("deletedAt"),
                        RoomView.reactionsOf(m.path("reactions")), Instant.parse(changed).toEpochMilli()));
            }
            if (!page.path("hasMore").asBoolean() || messages.isEmpty() || messages.lastKey() <= after) {
                return messages;
            }
            after = messages.lastKey();
        }
    }

    private static Set<String> members(ClientRest owner, String roomId) throws IOException {
        Set<String> members = new TreeSet<>();
        String cursor = "";
        do {
            JsonNode page = owner.expect("GET", "/v1/rooms/" + roomId + "/members?limit=100"
                    + (cursor.isEmpty() ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
            page.path("items").forEach(m -> members.add(m.path("userId").asText()));
            cursor = page.path("nextCursor").asText("");
        } while (!cursor.isEmpty());
        return members;
    }
}
