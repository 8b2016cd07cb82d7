package dev.parley.server.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recipients of this node (its open connections, of any transport): by user, and by room
 * for fan-out. A recipient's rooms are loaded when it authenticates; membership changes that
 * arrive while they load are queued and applied after, so a removal can never be overtaken by
 * a stale load.
 */
public final class Recipients {
    private final Map<String, Set<Recipient>> byUser = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Recipient>> byRoom = new ConcurrentHashMap<>();
    private final Map<Recipient, List<Runnable>> loading = new ConcurrentHashMap<>();

    /** Step 1 of joining: the recipient receives membership changes from now on. */
    public void register(Recipient recipient) {
        loading.put(recipient, new ArrayList<>());
        byUser.computeIfAbsent(recipient.userId(), user -> ConcurrentHashMap.newKeySet()).add(recipient);
    }

    /** Step 2: the rooms loaded from the database, then the changes that came meanwhile. */
    public void loaded(Recipient recipient, Collection<UUID> roomIds) {
        synchronized (recipient) {
            roomIds.forEach(room -> add(recipient, room));
            List<Runnable> queued = loading.remove(recipient);
            if (queued != null) {
                queued.forEach(Runnable::run);
            }
        }
    }

    public void unregister(Recipient recipient) {
        loading.remove(recipient);
        String userId = recipient.userId();
        if (userId != null) {
            byUser.computeIfPresent(userId, (user, recipients) -> {
                recipients.remove(recipient);
                return recipients.isEmpty() ? null : recipients;
            });
        }
        for (UUID room : recipient.rooms()) {
            removeFromRoom(recipient, room);
        }
    }

    public void join(String userId, UUID roomId) {
        forUser(userId, recipient -> add(recipient, roomId));
    }

    public void leave(String userId, UUID roomId) {
        forUser(userId, recipient -> {
            recipient.rooms().remove(roomId);
            recipient.forget(roomId);
            removeFromRoom(recipient, roomId);
        });
    }

    public void dropRoom(UUID roomId) {
        Set<Recipient> recipients = byRoom.remove(roomId);
        if (recipients != null) {
            recipients.forEach(recipient -> {
                recipient.rooms().remove(roomId);
                recipient.forget(roomId);
            });
        }
    }

    public Set<Recipient> room(UUID roomId) {
        return byRoom.getOrDefault(roomId, Set.of());
    }

    /** The rooms at least one recipient of this node is in. */
    public Set<UUID> roomIds() {
        return byRoom.keySet();
    }

    public Set<Recipient> user(String userId) {
        return byUser.getOrDefault(userId, Set.of());
    }

    public Collection<Set<Recipient>> all() {
        return byUser.values();
    }

    public int size() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    private void forUser(String userId, java.util.function.Consumer<Recipient> change) {
        for (Recipient recipient : user(userId)) {
            synchronized (recipient) {
                List<Runnable> queued = loading.get(recipient);
                if (queued != null) {
                    queued.add(() -> change.accept(recipient));
                } else {
                    change.accept(recipient);
                }
            }
        }
    }

    private void add(Recipient recipient, UUID roomId) {
        recipient.rooms().add(roomId);
        byRoom.computeIfAbsent(roomId, room -> ConcurrentHashMap.newKeySet()).add(recipient);
    }

    private void removeFromRoom(Recipient recipient, UUID roomId) {
        byRoom.computeIfPresent(roomId, (room, recipients) -> {
            recipients.remove(recipient);
            return recipients.isEmpty() ? null : recipients;
        });
    }
}
