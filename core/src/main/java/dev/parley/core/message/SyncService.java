package dev.parley.core.message;

import dev.parley.core.auth.Actor;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.user.UserRole;
import dev.parley.core.room.RoomSummaries;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Resync after a reconnect: for each room the client names with its position (the last seq it
 * holds, and — from clients that track it — the last change), what happened there since, in
 * the room's order; then every room the user is in that the client did not name (joined while
 * away), from the start. More than {@code replayLimit} missed messages, or missed changes, in a
 * room is a gap the client repairs over REST instead. Syncs asking about the same room at the
 * same time share one read of it ({@link ReplayReads}).
 */
public final class SyncService {
    public static final int MAX_ROOMS = 1000;

    private final Transactor store;
    private final ReplayReads reads;

    public SyncService(Transactor store, int replayLimit) {
        this.store = store;
        this.reads = new ReplayReads(store, replayLimit);
    }

    /** Database reads of rooms' missed ranges so far: concurrent syncs of a room share one ({@link ReplayReads}). */
    public long replayReads() {
        return reads.reads();
    }

    /** Rooms replays were asked for so far; minus {@link #replayReads()}, those served by another sync's read. */
    public long replaysAsked() {
        return reads.requests();
    }

    /**
     * A room's messages and changes after {@code from}, in order, at most {@code limit} of
     * each: what a node's fan-out missed on the bus, read back to deliver in order.
     */
    public RoomTail since(UUID roomId, RoomPosition from, int limit) {
        return store.read(repos -> tail(repos, roomId, from, limit));
    }

    /** The room's position now; empty when it no longer exists. */
    public Optional<RoomPosition> position(UUID roomId) {
        return store.read(repos -> repos.changes().position(roomId));
    }

    /** Every room the user is in (hidden direct rooms too), with its position now. */
    public Map<UUID, RoomPosition> positionsOf(String userId) {
        return store.read(repos -> repos.members().positionsOf(userId));
    }

    /**
     * The {@code member.added} about {@code userId} with the room as they see it now, at the
     * room's position now: what their sessions get for a room they joined while their node
     * missed it. Empty when they are not in the room.
     */
    public Optional<Event.MemberAdded> joined(UUID roomId, String userId) {
        return store.read(repos -> repos.rooms().find(roomId).flatMap(room -> repos.members().findView(roomId, userId)
                .map(view -> new Event.MemberAdded(view.member(), room.lastSeq(), view.user(),
                        RoomSummaries.of(repos, room, new Actor(userId, UserRole.USER)), room.lastChange()))));
    }

    /**
     * @param rooms   the client's rooms and the last seq it holds in each, in the order to replay
     * @param changes the last change it holds in some of them: those rooms replay every change too
     */
    public List<RoomReplay> missed(Actor actor, Map<String, Long> rooms, Map<String, Long> changes) {
        if (rooms.size() > MAX_ROOMS) {
            throw ParleyException.invalid("sync takes at most " + MAX_ROOMS + " rooms; split it");
        }
        checkPositions("seq", rooms);
        checkPositions("change", changes);
        Map<UUID, Long> known = new LinkedHashMap<>();
        List<RoomReplay> replays = new ArrayList<>();
        for (var entry : rooms.entrySet()) {
            UUID id = parseOrNull(entry.getKey());
            if (id == null) {
                replays.add(RoomReplay.notVisible(entry.getKey()));
                continue;
            }
            known.put(id, entry.getValue());
            Long change = changes.get(entry.getKey());
            replays.add(reads.replay(id, new ReplayReads.Ask(actor, entry.getKey(), entry.getValue(), change, false)));
        }
        List<UUID> joined = store.read(repos -> repos.members().roomIdsOf(actor.userId()));
        Set<UUID> listed = new HashSet<>(known.keySet());
        for (UUID id : joined) {
            if (!listed.contains(id)) {
                // Joined while away: the joined summary brings the room's state, so only its messages.
                replays.add(reads.replay(id, new ReplayReads.Ask(actor, id.toString(), 0, null, true)));
            }
        }
        return replays;
    }

    private static void checkPositions(String what, Map<String, Long> positions) {
        for (var entry : positions.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw ParleyException.invalid("the last " + what + " of room " + entry.getKey()
                        + " must be a number >= 0");
            }
        }
    }

    private static RoomTail tail(Repositories repos, UUID roomId, RoomPosition from, int limit) {
        List<Message> messages = MessageService.withReactions(repos,
                repos.messages().after(roomId, from.lastSeq(), limit));
        var changes = repos.changes().after(roomId, from.lastChange(), limit);
        return RoomTail.merge(from, messages, changes, limit);
    }

    private static UUID parseOrNull(String value) {
        try {
            return dev.parley.core.id.Uuids.parse("roomId", value);
        } catch (ParleyException e) {
            return null;
        }
    }
}
