package dev.parley.bench.limit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A room of the limit server: its members, their open sessions, and a seq counter. */
final class LimitRoom {
    final String id;
    final Set<String> members;
    private final List<LimitSession> sessions = new CopyOnWriteArrayList<>();
    private long seq;

    LimitRoom(String id, Set<String> members) {
        this.id = id;
        this.members = members;
    }

    void join(LimitSession session) {
        sessions.add(session);
    }

    void leave(LimitSession session) {
        sessions.remove(session);
    }

    synchronized long lastSeq() {
        return seq;
    }

    /**
     * Gives the message the next seq, acks it to the sender, then sends one {@code message.new}
     * text to every session of the room — under the room's lock, so every session sees the
     * room's messages in seq order (the one guarantee kept).
     */
    synchronized void post(LimitSession sender, String ref, String clientId, String text) {
        long n = ++seq;
        String message = "{\"roomId\":\"" + id + "\",\"seq\":" + n + ",\"userId\":\"" + sender.userId()
                + "\",\"text\":\"" + text + "\",\"clientId\":\"" + clientId + "\"}";
        sender.send("{\"type\":\"ack\",\"ref\":\"" + ref + "\",\"message\":" + message + "}");
        String event = "{\"type\":\"message.new\",\"roomId\":\"" + id + "\",\"lastSeq\":" + n + ",\"seq\":" + n
                + ",\"message\":" + message + "}";
        for (LimitSession session : sessions) {
            session.send(event);
        }
    }
}
