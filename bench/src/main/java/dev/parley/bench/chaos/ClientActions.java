package dev.parley.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a chaos client does, one random action at a time, chosen from what its own view shows:
 * send (WebSocket), edit or delete one of its messages, add or take back a reaction, mark a room
 * read (WebSocket), leave a room or join one (REST). Every REST write goes in the {@link Ledger}
 * with its answer.
 */
final class ClientActions {
    private static final List<String> EMOJI = List.of("tada", "eyes", "heart");
    private final ChaosClient client;
    private final List<String> allRooms;
    private final Ledger ledger;
    private final Random random;
    private long edits;

    ClientActions(ChaosClient client, List<String> allRooms, Ledger ledger, long seed) {
        this.client = client;
        this.allRooms = allRooms;
        this.ledger = ledger;
        this.random = new Random(seed);
    }

    void actOnce() {
        client.resendOverdue();
        List<String> rooms = new ArrayList<>(client.view.roomIds());
        if (rooms.isEmpty()) {
            join();
            return;
        }
        String roomId = rooms.get(random.nextInt(rooms.size()));
        int roll = random.nextInt(100);
        if (roll < 45) {
            client.sendMessage(roomId);
        } else if (roll < 57) {
            ownMessage(roomId).ifPresent(id -> edit(roomId, id));
        } else if (roll < 65) {
            ownMessage(roomId).ifPresent(id -> delete(roomId, id));
        } else if (roll < 80) {
            anyMessage(roomId).ifPresent(id -> react(roomId, id));
        } else if (roll < 90) {
            RoomView room = client.view.room(roomId);
            if (room != null) {
                client.markRead(roomId, room.lastSeq);
            }
        } else if (roll < 95 && rooms.size() > 1) {
            write("member:" + roomId + ":" + client.userId, "out", roomId, "DELETE",
                    "/v1/rooms/" + roomId + "/members/" + client.userId, null);
        } else {
            join();
        }
    }

    private void join() {
        List<String> others = new ArrayList<>(allRooms);
        others.removeAll(client.view.roomIds());
        if (!others.isEmpty()) {
            String roomId = others.get(random.nextInt(others.size()));
            write("member:" + roomId + ":" + client.userId, "in", roomId, "POST", "/v1/rooms/" + roomId + "/members",
                    Map.of("userIds", List.of(client.userId)));
        } else {
            client.ping();
        }
    }

    private void edit(String roomId, String messageId) {
        String text = "e " + client.userId + " " + (++edits);
        write("text:" + messageId, text, roomId, "PATCH", "/v1/rooms/" + roomId + "/messages/" + messageId,
                Map.of("text", text));
    }

    private void delete(String roomId, String messageId) {
        write("text:" + messageId, "deleted", roomId, "DELETE", "/v1/rooms/" + roomId + "/messages/" + messageId,
                null);
    }

    private void react(String roomId, String messageId) {
        String emoji = EMOJI.get(random.nextInt(EMOJI.size()));
        boolean mine = client.view.read(rooms -> {
            RoomView room = rooms.get(roomId);
            Long seq = room == null ? null : room.seqOfId.get(messageId);
            return seq != null && room.messages.get(seq).reactions.contains(emoji + " " + client.userId);
        });
        write("reaction:" + messageId + ":" + emoji + ":" + client.userId, mine ? "out" : "in", roomId,
                mine ? "DELETE" : "PUT", "/v1/rooms/" + roomId + "/messages/" + messageId + "/reactions/" + emoji, null);
    }

    private void write(String key, String value, String roomId, String method, String path, Object body) {
        long attemptedAt = System.currentTimeMillis();
        ClientRest.Answer answer = client.rest().call(method, path, body);
        ledger.record(key, value, roomId, attemptedAt, answer.outcome());
    }

    private java.util.Optional<String> ownMessage(String roomId) {
        return pick(roomId, true);
    }

    private java.util.Optional<String> anyMessage(String roomId) {
        return pick(roomId, false);
    }

    private java.util.Optional<String> pick(String roomId, boolean own) {
        List<String> ids = client.view.read(rooms -> {
            RoomView room = rooms.get(roomId);
            if (room == null) {
                return List.<String>of();
            }
            return room.messages.values().stream().filter(m -> !m.deleted)
                    .filter(m -> !own || m.userId.equals(client.userId)).map(m -> m.id).toList();
        });
        // Mostly recent messages, sometimes older ones.
        if (ids.isEmpty()) {
            return java.util.Optional.empty();
        }
        int window = Math.min(ids.size(), random.nextInt(4) == 0 ? ids.size() : 10);
        return java.util.Optional.of(ids.get(ids.size() - 1 - random.nextInt(window)));
    }
}
