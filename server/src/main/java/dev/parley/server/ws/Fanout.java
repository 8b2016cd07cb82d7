package dev.parley.server.ws;

import dev.parley.core.auth.Actor;
import dev.parley.core.event.Event;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers bus events to the sessions of this node. Runs on its own thread, fed in publish
 * order, so the publisher (the message log's writer, a request) never waits for sockets and
 * each room's events keep their order. Each event is serialized once, then offered to every
 * session of the room; a session never blocks the others.
 */
final class Fanout implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Fanout.class);
    private static final Event STOP = new Event.UserDeactivated("\u0000stop");

    private final SessionRegistry registry;
    private final Frames frames;
    private final PresenceTracker presence;
    private final IntConsumer deliveries;
    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final Thread worker;

    Fanout(SessionRegistry registry, Frames frames, PresenceTracker presence, IntConsumer deliveries) {
        this.registry = registry;
        this.frames = frames;
        this.presence = presence;
        this.deliveries = deliveries;
        this.worker = Thread.ofPlatform().name("parley-fanout").daemon().start(this::run);
    }

    /** The bus subscriber: hands the event over and returns at once. */
    void accept(Event event) {
        queue.add(event);
    }

    private void run() {
        while (true) {
            try {
                Event event = queue.take();
                if (event == STOP) {
                    return;
                }
                dispatch(event);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("fan-out of an event failed", e);
            }
        }
    }

    private void dispatch(Event event) {
        switch (event) {
            case Event.RoomEvent roomEvent -> deliverRoomEvent(roomEvent);
            case Event.PresenceChanged changed -> deliverPresence(changed);
            case Event.UserDeactivated deactivated -> closeAll(deactivated.userId(), session -> true);
            case Event.TokensRevoked revoked -> closeAll(revoked.userId(),
                    session -> session.credential().issuedAt() < revoked.validFromEpochSecond());
            case Event.TokenRevoked revoked -> closeAll(revoked.userId(),
                    session -> session.credential().tokenHash().equals(revoked.tokenHash()));
            case Event.UserUpdated updated -> registry.user(updated.user().id())
                    .forEach(session -> session.actorChanged(new Actor(updated.user().id(), updated.user().role())));
        }
    }

    private void deliverRoomEvent(Event.RoomEvent event) {
        UUID room = event.roomId();
        switch (event) {
            case Event.RoomCreated created -> created.memberIds().forEach(user -> registry.join(user, room));
            case Event.MemberAdded added -> registry.join(added.member().userId(), room);
            default -> {
            }
        }
        Outbound frame = frames.roomEvent(event);
        String typist = event instanceof Event.Typing typing ? typing.userId() : null;
        int count = 0;
        for (WsSession session : registry.room(room)) {
            if (typist == null || !typist.equals(session.userId())) {
                session.deliver(frame);
                count++;
            }
        }
        deliveries.accept(count);
        switch (event) {
            case Event.MemberRemoved removed -> registry.leave(removed.userId(), room);
            case Event.RoomDeleted ignored -> registry.dropRoom(room);
            default -> {
            }
        }
    }

    private void deliverPresence(Event.PresenceChanged changed) {
        String user = changed.userId();
        Set<UUID> rooms = new HashSet<>();
        if (changed.online()) {
            registry.user(user).forEach(session -> rooms.addAll(session.rooms()));
        } else {
            rooms.addAll(presence.takeLastRooms(user));
        }
        Outbound frame = Outbound.presence(frames.write(
                new Frames.PresenceFrame("presence", user, changed.online() ? "online" : "offline")));
        Set<WsSession> told = new HashSet<>();
        for (UUID room : rooms) {
            for (WsSession session : registry.room(room)) {
                if (!user.equals(session.userId()) && told.add(session)) {
                    session.deliver(frame);
                }
            }
        }
        deliveries.accept(told.size());
    }

    private void closeAll(String userId, java.util.function.Predicate<WsSession> which) {
        for (WsSession session : registry.user(userId)) {
            if (which.test(session)) {
                session.close(WsSession.CLOSE_UNAUTHENTICATED, "credentials revoked");
            }
        }
    }

    @Override
    public void close() {
        queue.add(STOP);
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
