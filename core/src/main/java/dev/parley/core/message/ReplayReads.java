package dev.parley.core.message;

import dev.parley.core.auth.Actor;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.event.Event;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummaries;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rooms' missed ranges a {@code sync} replays, read once for every sync asking about the
 * same room at the same time ({@link CoalescedReads}): one transaction reads the room's
 * position, each asker's membership, and the union of their ranges — from the lowest position
 * asked up to the room's position — which each asker then gets its own part of. A reconnect
 * storm (slow sessions shed under overload coming back together) reads a room's tail a few
 * times instead of once per session.
 */
final class ReplayReads {
    /** One room of one sync: the client's position ({@code lastChange} null: messages only). */
    record Ask(Actor actor, String key, long lastSeq, Long lastChange, boolean joined) {
    }

    private final Transactor store;
    private final int replayLimit;
    private final CoalescedReads<UUID, Ask, RoomReplay> reads = new CoalescedReads<>(this::read);

    ReplayReads(Transactor store, int replayLimit) {
        this.store = store;
        this.replayLimit = replayLimit;
    }

    RoomReplay replay(UUID roomId, Ask ask) {
        return reads.get(roomId, ask);
    }

    /** Database reads of rooms' missed ranges so far. */
    long reads() {
        return reads.reads();
    }

    /** Rooms asked for by syncs so far. */
    long requests() {
        return reads.requests();
    }

    /** One read for {@code asks} about the room, whoever asked first. */
    List<RoomReplay> read(UUID roomId, List<Ask> asks) {
        return store.read(repos -> read(repos, roomId, asks));
    }

    private List<RoomReplay> read(Repositories repos, UUID roomId, List<Ask> asks) {
        Room room = repos.rooms().find(roomId).orElse(null);
        RoomPosition now = room == null ? RoomPosition.START : new RoomPosition(room.lastSeq(), room.lastChange());
        List<RoomReplay> answers = new ArrayList<>(asks.size());
        List<Integer> replaying = new ArrayList<>();
        long lowestSeq = Long.MAX_VALUE;
        long lowestChange = Long.MAX_VALUE;
        for (Ask ask : asks) {
            RoomReplay answer = answer(repos, room, now, ask);
            answers.add(answer);
            if (answer.outcome() == RoomReplay.Outcome.REPLAY) {
                replaying.add(answers.size() - 1);
                lowestSeq = Math.min(lowestSeq, answer.from().lastSeq());
                if (ask.lastChange() != null) {
                    lowestChange = Math.min(lowestChange, answer.from().lastChange());
                }
            }
        }
        if (replaying.isEmpty()) {
            return answers;
        }
        // Up to the room's position read above: all of it is committed, and a change up to
        // now.lastChange() was made at a last seq up to now.lastSeq(), so the two are a consistent prefix.
        List<Message> messages = upTo(now.lastSeq() - lowestSeq) == 0 ? List.of()
                : MessageService.withReactions(repos, repos.messages().after(roomId, lowestSeq,
                        upTo(now.lastSeq() - lowestSeq)));
        List<Event.RoomChange> changes = lowestChange >= now.lastChange() ? List.of()
                : repos.changes().after(roomId, lowestChange, upTo(now.lastChange() - lowestChange));
        for (int index : replaying) {
            answers.set(index, part(answers.get(index), messages, changes, now));
        }
        return answers;
    }

    /** Not visible, a gap, or a replay whose events are still to be filled in. */
    private RoomReplay answer(Repositories repos, Room room, RoomPosition now, Ask ask) {
        Member member = room == null ? null : repos.members().find(room.id(), ask.actor().userId()).orElse(null);
        if (member == null) {
            return RoomReplay.notVisible(ask.key());
        }
        long lastChange = ask.lastChange() == null ? now.lastChange() : ask.lastChange();
        RoomPosition from = new RoomPosition(ask.lastSeq(), lastChange);
        RoomSummary summary = ask.joined() ? RoomSummaries.of(repos, room, ask.actor()) : null;
        Member membership = ask.joined() ? member : null;
        boolean gap = now.lastSeq() - from.lastSeq() > replayLimit
                || now.lastChange() - from.lastChange() > replayLimit;
        return new RoomReplay(ask.key(), gap ? RoomReplay.Outcome.GAP : RoomReplay.Outcome.REPLAY, List.of(), summary,
                membership, from, now);
    }

    private int upTo(long count) {
        return (int) Math.max(0, Math.min(count, replayLimit));
    }

    /** The asker's part of the room's range: what lies above its position, merged in the room's order. */
    private static RoomReplay part(RoomReplay asked, List<Message> messages, List<Event.RoomChange> changes,
            RoomPosition now) {
        RoomPosition from = asked.from();
        List<Message> mine = messages.stream()
                .filter(m -> m.seq() > from.lastSeq() && m.seq() <= now.lastSeq()).toList();
        List<Event.RoomChange> myChanges = changes.stream()
                .filter(c -> c.change() > from.lastChange() && c.change() <= now.lastChange()).toList();
        RoomTail tail = RoomTail.merge(from, mine, myChanges, Integer.MAX_VALUE);
        return new RoomReplay(asked.roomId(), RoomReplay.Outcome.REPLAY, tail.events(), asked.joined(),
                asked.membership(), from, now);
    }
}
