package dev.parley.server.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of this node: by user, and by room for fan-out. A session's rooms are
 * loaded when it authenticates; membership changes that arrive while they load are queued
 * and applied after, so a removal can never be overtaken by a stale load.
 */
final class SessionRegistry {
    private final Map<String, Set<WsSession>> byUser = new ConcurrentHashMap<>();
    private final Map<UUID, Set<WsSession>> byRoom = new ConcurrentHashMap<>();
    private final Map<WsSession, List<Runnable>> loading = new ConcurrentHashMap<>();

    /** Step 1 of joining: the session receives membership changes from now on. */
    void register(WsSession session) {
        loading.put(session, new ArrayList<>());
        byUser.computeIfAbsent(session.userId(), user -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Step 2: the rooms loaded from the database, then the changes that came meanwhile. */
    void loaded(WsSession session, Collection<UUID> roomIds) {
        synchronized (session) {
            roomIds.forEach(room -> add(session, room));
            List<Runnable> queued = loading.remove(session);
            if (queued != null) {
                queued.forEach(Runnable::run);
            }
        }
    }

    void unregister(WsSession session) {
        loading.remove(session);
        String userId = session.userId();
        if (userId != null) {
            byUser.computeIfPresent(userId, (user, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
        for (UUID room : session.rooms()) {
            removeFromRoom(session, room);
        }
    }

    void join(String userId, UUID roomId) {
        forUser(userId, session -> add(session, roomId));
    }

    void leave(String userId, UUID roomId) {
        forUser(userId, session -> {
            session.rooms().remove(roomId);
            session.forget(roomId);
            removeFromRoom(session, roomId);
        });
    }

    void dropRoom(UUID roomId) {
        Set<WsSession> sessions = byRoom.remove(roomId);
        if (sessions != null) {
            sessions.forEach(session -> {
                session.rooms().remove(roomId);
                session.forget(roomId);
            });
        }
    }

    Set<WsSession> room(UUID roomId) {
        return byRoom.getOrDefault(roomId, Set.of());
    }

    /** The rooms at least one session of this node is in. */
    Set<UUID> roomIds() {
        return byRoom.keySet();
    }

    Set<WsSession> user(String userId) {
        return byUser.getOrDefault(userId, Set.of());
    }

    Collection<Set<WsSession>> all() {
        return byUser.values();
    }

    int size() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    private void forUser(String userId, java.util.function.Consumer<WsSession> change) {
        for (WsSession session : user(userId)) {
            synchronized (session) {
                List<Runnable> queued = loading.get(session);
                if (queued != null) {
                    queued.add(() -> change.accept(session));
                } else {
                    change.accept(session);
                }
            }
        }
    }

    private void add(WsSession session, UUID roomId) {
        session.rooms().add(roomId);
        byRoom.computeIfAbsent(roomId, room -> ConcurrentHashMap.newKeySet()).add(session);
    }

    private void removeFromRoom(WsSession session, UUID roomId) {
        byRoom.computeIfPresent(roomId, (room, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }
}
