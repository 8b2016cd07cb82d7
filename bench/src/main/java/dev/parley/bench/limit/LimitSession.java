package dev.parley.bench.limit;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** One WebSocket of the limit server: who it is, its rooms, and serialized sends (Jetty queues them). */
final class LimitSession {
    private final Session socket;
    private final List<LimitRoom> rooms = new ArrayList<>();
    private volatile String userId;

    LimitSession(Session socket) {
        this.socket = socket;
    }

    String userId() {
        return userId;
    }

    boolean isAuthenticated() {
        return userId != null;
    }

    void authenticate(String userId, List<LimitRoom> memberOf) {
        this.userId = userId;
        rooms.addAll(memberOf);
        memberOf.forEach(room -> room.join(this));
    }

    void leaveAll() {
        rooms.forEach(room -> room.leave(this));
    }

    synchronized void send(String text) {
        socket.sendText(text, Callback.NOOP);
    }
}
