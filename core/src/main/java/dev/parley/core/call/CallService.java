package dev.parley.core.call;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.Member;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls: start one in a room (or join the room's live call: crossing invites merge), answer,
 * decline, hang up, read. Every change is one unit of work recording {@code CallUpdated} for
 * the room; a change that ends the call leaves the call's message in the room ({@link CallMessages}).
 * Ringing times out on this node's {@link CallTimer} (and {@link #sweep} catches what a stopped
 * node left ringing or unwritten); people whose sessions all vanished, or who left the room, are
 * dropped.
 */
public final class CallService {
    private static final Logger LOG = LoggerFactory.getLogger(CallService.class);
    private static final int MAX_SESSION_ID = 64;
    private static final int ATTEMPTS = 5;

    private final Transactor store;
    private final IdGenerator ids;
    private final Clock clock;
    private final CallSettings settings;
    private final CallTimer timer;
    private final CallMessages messages;

    /** A call as {@link #start} left it, and whether this start created it (false: joined the room's live call). */
    public record Started(Call call, boolean created) {
    }

    private record Moved(Call before, Call after) {
    }

    public CallService(Transactor store, IdGenerator ids, Clock clock, CallSettings settings, CallTimer timer) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.timer = timer;
        this.messages = new CallMessages(store, ids, clock);
    }

    public CallSettings settings() {
        return settings;
    }

    /** Starts a call in the room, or joins the room's live call (a crossing invite answers the other). */
    public Started start(Actor actor, String roomId, String media, String sessionId) {
        UUID room = Uuids.parse("roomId", roomId);
        CallMedia callMedia = CallMedia.parse(media);
        String session = checkSession(sessionId);
        store.requireDelivery();
        for (int attempt = 1; ; attempt++) {
            try {
                Moved moved = store.write(repos -> begin(repos, actor, room, callMedia, session));
                Started started = new Started(moved.after(), moved.before() == null);
                if (started.created() && moved.after().live()) {
                    scheduleExpiry(moved.after());
                }
                settled(moved);
                return started;
            } catch (DuplicateKeyException | Conflict e) {
                // Another start in this room, or another move of its call, won the race: look again.
                if (attempt >= ATTEMPTS) {
                    throw busyRetry();
                }
            }
        }
    }

    /** The call, for a member of its room. */
    public Call get(Actor actor, String callId) {
        UUID id = Uuids.parse("callId", callId);
        return store.read(repos -> accessAsMember(repos, actor, id));
    }

    /** The live calls that ring for the actor or that the actor is in (what a client opened mid-ring must show). */
    public List<Call> live(Actor actor) {
        return store.read(repos -> repos.calls().liveOf(actor.userId()));
    }

    /** Answers on {@code sessionId} (the WebSocket session that will carry the call's signals). */
    public Call accept(Actor actor, String callId, String sessionId) {
        String session = checkSession(sessionId);
        return move(Uuids.parse("callId", callId), actor, true,
                call -> CallTransitions.accept(call, actor.userId(), session, clock.instant()));
    }

    public Call reject(Actor actor, String callId) {
        return move(Uuids.parse("callId", callId), actor, true,
                call -> CallTransitions.reject(call, actor.userId(), clock.instant()));
    }

    /** Leaves the call; also allowed after leaving its room. */
    public Call hangup(Actor actor, String callId) {
        return move(Uuids.parse("callId", callId), actor, false,
                call -> CallTransitions.hangup(call, actor.userId(), clock.instant()));
    }

    /**
     * What a stopped node left behind: ends the ringing of live calls whose deadline passed, and
     * writes the messages of calls that ended without one (the node died between the two commits).
     */
    public void sweep() {
        expireDue();
        messages.writeMissing();
    }

    /** Ends the ringing of live calls whose deadline passed (what a stopped node's timers left behind). */
    public void expireDue() {
        List<UUID> due = store.read(repos -> repos.calls().ringingPast(clock.instant(), 100));
        due.forEach(this::expire);
    }

    /** Bus subscriber: drops people whose sessions all vanished, or who left a room. Never blocks. */
    public void onEvent(Event event) {
        switch (event) {
            case Event.PresenceChanged changed when !changed.online() ->
                    timer.after(Duration.ZERO, () -> dropEverywhere(changed.userId()));
            case Event.MemberRemoved removed ->
                    timer.after(Duration.ZERO, () -> dropInRoom(removed.roomId(), removed.userId()));
            default -> {
            }
        }
    }

    /** The call, for a member of its room; a call in a room one is not in does not exist. */
    static Call accessAsMember(Repositories repos, Actor actor, UUID callId) {
        Call call = repos.calls().find(callId).orElseThrow(CallTransitions::notFound);
        if (repos.members().find(call.roomId(), actor.userId()).isEmpty()) {
            throw CallTransitions.notFound();
        }
        return call;
    }

    private Moved begin(UnitOfWork repos, Actor actor, UUID room, CallMedia media, String session) {
        var visible = RoomAccess.accessRoomAsMember(repos, actor, room);
        if (visible.membership().isEmpty()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "join the room to call its members");
        }
        Optional<Call> live = repos.calls().liveInRoom(room);
        checkNotInAnotherCall(repos, actor.userId(), live.map(Call::id).orElse(null));
        if (live.isPresent()) {
            return joinLive(repos, actor, live.get(), session);
        }
        List<String> callees = repos.members().all(room).stream().map(Member::userId)
                .filter(user -> !user.equals(actor.userId())).toList();
        var busy = repos.calls().inCall(callees);
        if (repos.calls().liveInRoom(room).isPresent()) {
            // A crossing invite committed while we looked (its caller now reads as busy): join it instead.
            throw new Conflict();
        }
        var now = clock.instant();
        Call call = CallTransitions.start(ids.next(), room, actor.userId(), session, media,
                mode(callees.size() + 1), callees, busy, now, now.plus(settings.ringTimeout()));
        repos.calls().insert(call);
        repos.record(new Event.CallUpdated(call, 0));
        return new Moved(null, call);
    }

    private Moved joinLive(UnitOfWork repos, Actor actor, Call live, String session) {
        var mine = live.participant(actor.userId());
        if (mine.isPresent() && mine.get().state() == ParticipantState.JOINED) {
            return new Moved(live, live);
        }
        Call next = CallTransitions.accept(CallTransitions.admit(live, actor.userId()), actor.userId(), session,
                clock.instant());
        save(repos, live, next);
        return new Moved(live, next);
    }

    private Call.CallMode mode(int people) {
        if (people < 2) {
            throw new ParleyException(ErrorCode.CALL_NOT_POSSIBLE, "nobody else is in this room to call");
        }
        if (people > CallSettings.MAX_PARTICIPANTS) {
            throw new ParleyException(ErrorCode.CALL_NOT_POSSIBLE,
                    "calls are for rooms of at most " + CallSettings.MAX_PARTICIPANTS + " members");
        }
        if (people <= settings.meshMax()) {
            return Call.CallMode.MESH;
        }
        if (!settings.liveKit()) {
            throw new ParleyException(ErrorCode.LIVEKIT_NOT_CONFIGURED, "this room has " + people
                    + " members; calls of more than " + settings.meshMax()
                    + " people need a LiveKit server, and none is configured (livekit.url)");
        }
        return Call.CallMode.LIVEKIT;
    }

    private static void checkNotInAnotherCall(Repositories repos, String userId, UUID except) {
        boolean elsewhere = repos.calls().liveOf(userId).stream()
                .anyMatch(call -> !call.id().equals(except) && call.participant(userId)
                        .filter(p -> p.state() == ParticipantState.JOINED).isPresent());
        if (elsewhere) {
            throw new ParleyException(ErrorCode.ALREADY_IN_CALL, "you are in another call; hang up there first");
        }
    }

    private void expire(UUID callId) {
        tryMove(callId, call -> CallTransitions.expire(call, clock.instant()));
    }

    private void dropEverywhere(String userId) {
        store.read(repos -> repos.calls().liveOf(userId)).forEach(call ->
                tryMove(call.id(), c -> CallTransitions.drop(c, userId, clock.instant())));
    }

    private void dropInRoom(UUID roomId, String userId) {
        store.read(repos -> repos.calls().liveInRoom(roomId)).ifPresent(call ->
                tryMove(call.id(), c -> CallTransitions.drop(c, userId, clock.instant())));
    }

    /** A move the server makes by itself: a call that vanished or a failure is logged, not thrown. */
    private void tryMove(UUID callId, UnaryOperator<Call> transition) {
        try {
            move(callId, null, false, transition);
        } catch (ParleyException e) {
            LOG.debug("call {} not moved: {}", callId, e.detail());
        } catch (RuntimeException e) {
            LOG.warn("moving call {} failed: {}", callId, e.toString());
        }
    }

    /**
     * Applies {@code transition} to the stored call in one unit of work, retrying when another
     * writer moved the call first; {@code actor} (null for the server's own moves) must be a
     * member of the call's room when {@code asMember}.
     */
    private Call move(UUID callId, Actor actor, boolean asMember, UnaryOperator<Call> transition) {
        store.requireDelivery();
        for (int attempt = 1; ; attempt++) {
            try {
                Moved moved = store.write(repos -> {
                    Call call = actor != null && asMember ? accessAsMember(repos, actor, callId)
                            : repos.calls().find(callId).orElseThrow(CallTransitions::notFound);
                    Call next = transition.apply(call);
                    if (next != call) {
                        save(repos, call, next);
                    }
                    return new Moved(call, next);
                });
                settled(moved);
                return moved.after();
            } catch (Conflict e) {
                if (attempt >= ATTEMPTS) {
                    throw busyRetry();
                }
            }
        }
    }

    private static void save(UnitOfWork repos, Call before, Call after) {
        if (!repos.calls().update(after, before.version())) {
            throw new Conflict();
        }
        // Numbered in the room's change log, with the room's exact last seq, by record().
        repos.record(new Event.CallUpdated(after, 0));
    }

    /** After the commit: a move that ended the call leaves its message in the room. */
    private void settled(Moved moved) {
        Call after = moved.after();
        if (!after.live() && (moved.before() == null || moved.before().live())) {
            messages.write(after);
        }
    }

    private void scheduleExpiry(Call call) {
        Duration left = Duration.between(clock.instant(), call.ringUntil()).plusMillis(20);
        timer.after(left.isNegative() ? Duration.ZERO : left, () -> expire(call.id()));
    }

    private static String checkSession(String sessionId) {
        if (sessionId != null && (sessionId.isEmpty() || sessionId.length() > MAX_SESSION_ID)) {
            throw ParleyException.invalid("sessionId must be 1-" + MAX_SESSION_ID
                    + " characters (the sessionId of your WebSocket's ready frame)");
        }
        return sessionId;
    }

    private static ParleyException busyRetry() {
        return new ParleyException(ErrorCode.UNAVAILABLE, "the call changed too often at once; retry");
    }

    /** Another writer moved the call first: the unit of work is rolled back and run again. */
    private static final class Conflict extends RuntimeException {
        Conflict() {
            super(null, null, false, false);
        }
    }
}
