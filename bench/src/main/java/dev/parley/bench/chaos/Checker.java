package dev.parley.bench.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the end of a chaos run with the database: every acknowledged write is there (else a
 * loss), no message is stored twice for one {@code clientId} and no client was given anything twice
 * (duplicates), and every client's view — its rooms, their messages above the seq it joined at with
 * final text, deletion and reactions, members, read mark and unread count — equals the database's
 * (a message the client lacks is a loss, any other difference a mismatch).
 */
final class Checker {
    enum Kind { LOSS, DUPLICATE, MISMATCH }

    /** One thing found wrong, and when its cause happened (epoch ms; -1 when it cannot be told). */
    record Finding(Kind kind, String what, long at) {
    }

    private Checker() {
    }

    static List<Finding> check(DatabaseState db, Ledger ledger, List<ChaosClient> clients) {
        List<Finding> findings = new ArrayList<>();
        checkLedger(db, ledger, findings);
        checkStoredOnce(db, findings);
        for (ChaosClient client : clients) {
            checkView(db, client, findings);
        }
        return findings;
    }

    private static void checkLedger(DatabaseState db, Ledger ledger, List<Finding> findings) {
        for (Ledger.Write write : ledger.expected().values()) {
            String[] key = write.key().split(":");
            DatabaseState.Room room = db.rooms().get(write.roomId());
            String problem = switch (key[0]) {
                case "send" -> room.byId(write.value()) == null ? "acknowledged send " + key[1] + " is not stored" : null;
                case "text" -> textProblem(room.byId(key[1]), write.value());
                case "reaction" -> reactionProblem(room.byId(key[1]), key[2] + " " + key[3], write.value());
                case "member" -> room.members().contains(key[2]) == write.value().equals("in") ? null
                        : "acknowledged " + (write.value().equals("in") ? "join" : "leave") + " of " + key[2]
                                + " is not in room " + write.roomId() + "'s members";
                default -> throw new IllegalStateException("unknown write " + write.key());
            };
            if (problem != null) {
                findings.add(new Finding(Kind.LOSS, problem, write.attemptedAt()));
            }
        }
    }

    private static String textProblem(DatabaseState.Message message, String expected) {
        if (message == null) {
            return "a message with an acknowledged edit or deletion is not stored";
        }
        if (expected.equals("deleted")) {
            return message.deleted() ? null : "acknowledged deletion of " + message.id() + " is not stored";
        }
        return message.deleted() || !message.text().equals(expected) ? "acknowledged edit of " + message.id()
                + " to '" + expected + "' is not stored (text '" + message.text() + "')" : null;
    }

    private static String reactionProblem(DatabaseState.Message message, String reaction, String expected) {
        if (message == null || message.deleted()) {
            return null;
        }
        return message.reactions().contains(reaction) == expected.equals("in") ? null
                : "acknowledged reaction " + (expected.equals("in") ? "" : "removal ") + reaction + " on "
                        + message.id() + " is not stored";
    }

    private static void checkStoredOnce(DatabaseState db, List<Finding> findings) {
        db.rooms().forEach((roomId, room) -> {
            long highest = room.messages().isEmpty() ? 0 : room.messages().lastKey();
            if (highest != room.lastSeq() || room.messages().size() != highest) {
                findings.add(new Finding(Kind.MISMATCH, "room " + roomId + " says lastSeq " + room.lastSeq() + " but "
                        + room.messages().size() + " messages are stored, the highest seq " + highest, -1));
            }
            Map<String, Long> seqByClientId = new HashMap<>();
            room.messages().forEach((seq, m) -> {
                Long earlier = m.clientId().isEmpty() ? null : seqByClientId.putIfAbsent(m.clientId(), seq);
                if (earlier != null) {
                    findings.add(new Finding(Kind.DUPLICATE, "clientId " + m.clientId() + " stored twice in room "
                            + roomId + " (seq " + earlier + " and " + seq + ")", m.changedAt()));
                }
            });
        });
    }

    private static void checkView(DatabaseState db, ChaosClient client, List<Finding> findings) {
        String user = client.userId;
        client.view.duplicates().forEach(d -> findings.add(new Finding(Kind.DUPLICATE, d.what(), d.at())));
        client.view.read(rooms -> {
            Set<String> inDb = new TreeSet<>();
            db.rooms().forEach((id, room) -> {
                if (room.members().contains(user)) {
                    inDb.add(id);
                }
            });
            if (!inDb.equals(rooms.keySet())) {
                findings.add(new Finding(Kind.MISMATCH, user + " holds rooms " + rooms.keySet()
                        + ", the database has them in " + inDb, -1));
            }
            rooms.forEach((roomId, view) -> {
                if (inDb.contains(roomId)) {
                    checkRoom(db, user, roomId, view, findings);
                }
            });
            return null;
        });
    }

    private static void checkRoom(DatabaseState db, String user, String roomId, RoomView view, List<Finding> findings) {
        DatabaseState.Room room = db.rooms().get(roomId);
        String where = user + " in room " + roomId;
        room.messages().tailMap(view.joinSeq, false).forEach((seq, stored) -> {
            RoomView.Message held = view.messages.get(seq);
            if (held == null) {
                findings.add(new Finding(Kind.LOSS, where + " lacks message seq " + seq, stored.changedAt()));
            } else if (!held.id.equals(stored.id()) || held.deleted != stored.deleted()
                    || !held.text.equals(stored.text())) {
                findings.add(new Finding(Kind.MISMATCH, where + ": seq " + seq + " is '" + held.text + "'"
                        + (held.deleted ? " (deleted)" : "") + ", stored '" + stored.text() + "'"
                        + (stored.deleted() ? " (deleted)" : ""), stored.changedAt()));
            } else if (!held.reactions.equals(stored.reactions())) {
                findings.add(new Finding(Kind.MISMATCH, where + ": seq " + seq + " reactions " + held.reactions
                        + ", stored " + stored.reactions(), -1));
            }
        });
        view.messages.keySet().stream().filter(seq -> !room.messages().containsKey(seq)).forEach(seq -> findings.add(
                new Finding(Kind.MISMATCH, where + " holds seq " + seq + ", which is not stored", -1)));
        if (view.members != null && !view.members.equals(room.members())) {
            findings.add(new Finding(Kind.MISMATCH, where + ": members " + view.members + ", stored "
                    + room.members(), -1));
        }
        DatabaseState.ReadState read = db.readStates().getOrDefault(user, Map.of()).get(roomId);
        if (read == null || read.lastReadSeq() != view.mark || read.unreadCount() != view.unread()) {
            findings.add(new Finding(Kind.MISMATCH, where + ": read mark " + view.mark + ", unread " + view.unread()
                    + "; the server says " + Objects.toString(read), -1));
        }
    }
}
