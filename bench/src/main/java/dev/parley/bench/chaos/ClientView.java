package dev.parley.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one chaos client holds, built only from the WebSocket events it received (as a real client
 * would): its rooms, each room's messages with their final text, deletions and reactions, members
 * and read mark. It counts what it was given twice ({@link #duplicates}) and the holes it noticed
 * ({@link #holes}); with repair on, a hole makes it ask for a {@code sync} of that room.
 */
final class ClientView {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String self;
    private final Map<String, RoomView> rooms = new TreeMap<>();
    private final List<Noted> duplicates = new ArrayList<>();
    private final List<Noted> holes = new ArrayList<>();
    private boolean syncing;
    /** Syncs sent on this session whose {@code sync.done} has not come yet. */
    private int pendingSyncs;

    /** Something the client noticed: when, and what. */
    record Noted(long at, String what) {
    }

    ClientView(String self) {
        this.self = self;
    }

    synchronized void hold(String roomId, RoomView room) {
        rooms.put(roomId, room);
    }

    /**
     * Applies one frame; returns the {@code sync} frame that repairs a hole it revealed (when
     * {@code repair} is on and that room is not being repaired already), else null.
     */
    synchronized String apply(JsonNode frame, boolean repair) {
        String type = frame.path("type").asText();
        String roomId = frame.path("roomId").asText();
        if (type.equals("sync.done")) {
            pendingSyncs = Math.max(0, pendingSyncs - 1);
            if (pendingSyncs == 0) {
                rooms.values().forEach(r -> r.repairing = false);
                syncing = false;
            }
            return null;
        }
        if (type.equals("sync.error") || type.equals("room.deleted")) {
            rooms.remove(roomId);
            return null;
        }
        if (type.equals("member.added") && frame.at("/member/userId").asText().equals(self)
                && !rooms.containsKey(roomId)) {
            RoomView joined = new RoomView(frame.path("lastSeq").asLong(), frame.path("change").asLong(),
                    frame.at("/member/lastReadSeq").asLong(), null);
            joined.repairing = syncing; // a sync's join is followed by messages it already covers
            rooms.put(roomId, joined);
            return null;
        }
        RoomView room = rooms.get(roomId);
        if (room == null) {
            return null;
        }
        long heldChange = room.lastChange;
        long heldSeq = room.lastSeq;
        if (frame.has("change") && room.countChange(frame.get("change").asLong()) && !room.repairing) {
            duplicates.add(new Noted(System.currentTimeMillis(), self + " was given " + type + " change "
                    + frame.get("change").asLong() + " of room " + roomId + " twice (held up to " + heldChange + ")"));
        }
        applyToRoom(type, frame, room, roomId);
        if (room.hasGap() && !room.repairing && rooms.containsKey(roomId)) {
            holes.add(new Noted(System.currentTimeMillis(), self + " got " + type + (frame.has("change")
                    ? " change " + frame.get("change").asLong() + " holding changes up to " + heldChange
                    : " seq " + frame.path("seq").asLong() + " holding seqs up to " + heldSeq) + " in room " + roomId));
            if (repair) {
                // Every room held is listed: a room a sync does not name is replayed as joined while away.
                rooms.values().forEach(r -> r.repairing = true);
                pendingSyncs++;
                return syncFrame(rooms);
            }
        }
        return null;
    }

    private void applyToRoom(String type, JsonNode frame, RoomView room, String roomId) {
        long change = frame.path("change").asLong();
        switch (type) {
            case "message.new" -> {
                long seq = frame.path("seq").asLong();
                if (seq > room.joinSeq && room.addMessage(seq, frame.path("message"), self) && !room.repairing) {
                    duplicates.add(new Noted(System.currentTimeMillis(), self + " was given message.new seq " + seq
                            + " of room " + roomId + " twice"));
                }
            }
            case "message.updated", "message.deleted" -> room.applyEdit(change, frame.path("message"));
            case "reaction.added", "reaction.removed" ->
                    room.applyReactions(change, frame.path("messageId").asText(), frame.path("reactions"));
            case "member.added" -> room.applyMember(change, frame.at("/member/userId").asText(), true);
            case "member.removed" -> {
                String userId = frame.path("userId").asText();
                if (userId.equals(self)) {
                    rooms.remove(roomId);
                } else {
                    room.applyMember(change, userId, false);
                }
            }
            case "read" -> {
                if (frame.path("userId").asText().equals(self)) {
                    room.mark = Math.max(room.mark, frame.path("seq").asLong());
                }
            }
            default -> {
                // room.updated, member.updated, typing, presence: nothing this model follows
            }
        }
    }

    /** The {@code rooms} and {@code changes} of a sync of every room held, for a reconnect. */
    synchronized String syncFields() {
        syncing = true;
        pendingSyncs = 1;
        rooms.values().forEach(r -> r.repairing = true);
        ObjectNode sync = syncNode(rooms);
        return "\"rooms\":" + sync.get("rooms") + ",\"changes\":" + sync.get("changes");
    }

    private static String syncFrame(Map<String, RoomView> of) {
        return syncNode(of).toString();
    }

    private static ObjectNode syncNode(Map<String, RoomView> of) {
        ObjectNode frame = JSON.createObjectNode().put("type", "sync");
        ObjectNode seqs = frame.putObject("rooms");
        ObjectNode changes = frame.putObject("changes");
        of.forEach((id, room) -> {
            seqs.put(id, room.lastSeq);
            changes.put(id, room.lastChange);
        });
        return frame;
    }

    synchronized Set<String> roomIds() {
        return Set.copyOf(rooms.keySet());
    }

    synchronized RoomView room(String roomId) {
        return rooms.get(roomId);
    }

    /** Lets the checker read the rooms while no event is being applied. */
    synchronized <T> T read(java.util.function.Function<Map<String, RoomView>, T> reader) {
        return reader.apply(rooms);
    }

    synchronized List<Noted> duplicates() {
        return List.copyOf(duplicates);
    }

    /** The holes noticed within a session (with repair on, each was asked to be filled by a sync). */
    synchronized List<Noted> holes() {
        return List.copyOf(holes);
    }

    synchronized long gaps() {
        return holes.size();
    }
}
