package dev.parley.core.message;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ParleyException;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummaries;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resync after a reconnect: for each room the client names with the last seq it holds, the
 * messages above it; then every room the user is in that the client did not name (joined while
 * away), from the start. More than {@code replayLimit} missed messages in a room is a gap the
 * client pages through history instead.
 */
public final class SyncService {
    public static final int MAX_ROOMS = 1000;

    private final Transactor store;
    private final int replayLimit;

    public SyncService(Transactor store, int replayLimit) {
        this.store = store;
        this.replayLimit = replayLimit;
    }

    /**
     * The messages of a room above {@code afterSeq}, oldest first, at most {@code limit}: what
     * a node's fan-out missed on the bus, read back to deliver in order.
     */
    public List<Message> since(UUID roomId, long afterSeq, int limit) {
        return store.read(repos -> MessageService.withReactions(repos, repos.messages().after(roomId, afterSeq, limit)));
    }

    /** @param rooms the client's rooms and the last seq it holds in each, in the order to replay */
    public List<RoomReplay> missed(Actor actor, Map<String, Long> rooms) {
        if (rooms.size() > MAX_ROOMS) {
            throw ParleyException.invalid("sync takes at most " + MAX_ROOMS + " rooms; split it");
        }
        Map<UUID, Long> known = new LinkedHashMap<>();
        List<RoomReplay> replays = new ArrayList<>();
        for (var entry : rooms.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw ParleyException.invalid("the last seq of room " + entry.getKey() + " must be a number >= 0");
            }
            UUID id = parseOrNull(entry.getKey());
            if (id == null) {
                replays.add(RoomReplay.notVisible(entry.getKey()));
                continue;
            }
            known.put(id, entry.getValue());
            replays.add(store.read(repos -> replay(repos, actor, entry.getKey(), id, entry.getValue(), false)));
        }
        List<UUID> joined = store.read(repos -> repos.members().roomIdsOf(actor.userId()));
        Set<UUID> listed = new HashSet<>(known.keySet());
        for (UUID id : joined) {
            if (!listed.contains(id)) {
                replays.add(store.read(repos -> replay(repos, actor, id.toString(), id, 0, true)));
            }
        }
        return replays;
    }

    private RoomReplay replay(Repositories repos, Actor actor, String key, UUID id, long lastSeq, boolean joined) {
        Room room = repos.rooms().find(id).orElse(null);
        Member member = room == null ? null : repos.members().find(id, actor.userId()).orElse(null);
        if (member == null) {
            return RoomReplay.notVisible(key);
        }
        RoomSummary summary = joined ? RoomSummaries.of(repos, room, actor) : null;
        Member membership = joined ? member : null;
        if (room.lastSeq() - lastSeq > replayLimit) {
            return new RoomReplay(key, RoomReplay.Outcome.GAP, List.of(), summary, membership, lastSeq + 1,
                    room.lastSeq());
        }
        List<Message> missed = MessageService.withReactions(repos, repos.messages().after(id, lastSeq, replayLimit));
        return new RoomReplay(key, RoomReplay.Outcome.REPLAY, missed, summary, membership, lastSeq + 1,
                room.lastSeq());
    }

    private static UUID parseOrNull(String value) {
        try {
            return dev.parley.core.id.Uuids.parse("roomId", value);
        } catch (ParleyException e) {
            return null;
        }
    }
}
