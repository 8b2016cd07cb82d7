package dev.parley.server.delivery;

import dev.parley.core.auth.Actor;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.event.Event;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers bus events to the recipients of this node, whatever their transport. Runs on its
 * own thread, fed in arrival order, so the publisher (the message log's writer, a request)
 * never waits for sockets; a {@link RoomOrder} puts each room's events in seq order first
 * (other nodes' events may come out of order or be lost). Each event becomes one
 * {@link Delivery}, encoded once per wire format and offered to every recipient of the room;
 * a recipient never blocks the others.
 */
final class Fanout implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Fanout.class);
    private static final Object STOP = new Object();
    private static final Object RESUMED = new Object();
    private static final long TIDY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A session of this node joined these rooms, which were at these positions before it joined. */
    private record Track(Map<UUID, RoomPosition> positions) {
    }

    private final Recipients registry;
    private final RoomOrder order;
    private final RoomOrder.Missed missed;
    private final IntConsumer deliveries;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private long nextTidy = System.nanoTime() + TIDY_NANOS;
    private long repairAllAt = -1;

    Fanout(Recipients registry, RoomOrder.Missed missed, long holdNanos, IntConsumer deliveries) {
        this.registry = registry;
        this.missed = missed;
        this.order = new RoomOrder(missed, holdNanos);
        this.deliveries = deliveries;
        this.worker = Thread.ofPlatform().name("parley-fanout").daemon().start(this::run);
    }

    /** The bus subscriber: hands the event over and returns at once. */
    void accept(Event event) {
        queue.add(event);
    }

    /** Before a recipient's rooms are loaded: orders them from the positions read, unless ordered already. */
    void track(Map<UUID, RoomPosition> positions) {
        queue.add(new Track(positions));
    }

    /** The bus may have lost events: every ordered room catches up from the database. */
    void resumed() {
        queue.add(RESUMED);
    }

    private void run() {
        while (true) {
            try {
                Object item = queue.poll(waitNanos(), TimeUnit.NANOSECONDS);
                if (item == STOP) {
                    return;
                }
                handle(item);
                housekeeping();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("fan-out of an event failed", e);
            }
        }
    }

    private void handle(Object item) {
        switch (item) {
            case null -> {
            }
            case Event event -> dispatch(event);
            case Track track -> track.positions().forEach(order::track);
            default -> {
                if (item == RESUMED) {
                    repairAll();
                }
            }
        }
    }

    private void repairAll() {
        try {
            order.repairAll(this::deliverRoomEvent);
            joinRoomsJoinedMeanwhile();
            repairAllAt = -1;
        } catch (RuntimeException e) {
            LOG.warn("cannot catch up with the database after a bus outage yet ({}); retrying", e.getMessage());
            repairAllAt = System.nanoTime() + RETRY_NANOS;
        }
    }

    private void housekeeping() {
        long now = System.nanoTime();
        order.repairDue(now, this::deliverRoomEvent);
        if (repairAllAt != -1 && now - repairAllAt >= 0) {
            repairAll();
        }
        if (now - nextTidy >= 0) {
            order.forgetAllBut(registry.roomIds());
            nextTidy = now + TIDY_NANOS;
        }
    }

    private long waitNanos() {
        long now = System.nanoTime();
        long until = nextTidy;
        long held = order.nextDeadline();
        if (held != -1 && held - until < 0) {
            until = held;
        }
        if (repairAllAt != -1 && repairAllAt - until < 0) {
            until = repairAllAt;
        }
        return Math.max(0, until - now);
    }

    private void dispatch(Event event) {
        switch (event) {
            case Event.RoomEvent roomEvent -> order.accept(roomEvent, System.nanoTime(), this::deliverRoomEvent);
            case Event.PresenceChanged changed -> deliverPresence(changed);
            case Event.ProfileChanged changed -> deliverProfile(changed);
            case Event.InvitationChanged changed -> deliverToSides(changed);
            case Event.UserDeactivated deactivated -> closeAll(deactivated.userId(), recipient -> true);
            case Event.TokensRevoked revoked -> closeAll(revoked.userId(),
                    recipient -> recipient.credential().issuedAt() < revoked.validFromEpochSecond());
            case Event.TokenRevoked revoked -> closeAll(revoked.userId(),
                    recipient -> recipient.credential().tokenHash().equals(revoked.tokenHash()));
            case Event.UserUpdated updated -> roleChanged(updated);
            case Event.GrantsChanged changed -> deliverToAll(changed);
            case Event.AppearanceChanged changed -> deliverToAll(changed);
            case Event.CallSignal signal -> deliverSignal(signal);
        }
    }

    /**
     * A user changed (a profile, or the app role): their sessions act with the new role from
     * their next frame, and those whose role it changed are told ({@code role.changed}).
     */
    private void roleChanged(Event.UserUpdated updated) {
        Actor actor = new Actor(updated.user().id(), updated.user().role());
        Delivery delivery = Delivery.of(updated);
        int count = 0;
        for (Recipient recipient : registry.user(actor.userId())) {
            if (recipient.actorChanged(actor)) {
                recipient.deliver(delivery);
                count++;
            }
        }
        deliveries.accept(count);
    }

    /** An event for every connection of this node (the grants or the appearance changed: each client fetches its configuration). */
    private void deliverToAll(Event event) {
        Delivery delivery = Delivery.of(event);
        int count = 0;
        for (Set<Recipient> recipients : registry.all()) {
            for (Recipient recipient : recipients) {
                recipient.deliver(delivery);
                count++;
            }
        }
        deliveries.accept(count);
    }

    private void deliverRoomEvent(Event.RoomEvent event) {
        UUID room = event.roomId();
        switch (event) {
            case Event.RoomCreated created -> {
                created.memberIds().forEach(user -> registry.join(user, room));
                order.track(room, new RoomPosition(created.lastSeq(), created.change()));
            }
            case Event.MemberAdded added -> {
                registry.join(added.member().userId(), room);
                order.track(room, new RoomPosition(added.lastSeq(), added.change()));
            }
            default -> {
            }
        }
        Set<Recipient> recipients = registry.room(room);
        if (!recipients.isEmpty()) {
            // In a cluster every node sees every room's events: encoded only for rooms with recipients here.
            Delivery delivery = Delivery.of(event);
            String typist = event instanceof Event.Typing typing ? typing.userId() : null;
            int count = 0;
            for (Recipient recipient : recipients) {
                if (typist == null || !typist.equals(recipient.userId())) {
                    recipient.deliver(delivery);
                    count++;
                }
            }
            deliveries.accept(count);
        }
        switch (event) {
            case Event.RoomCreated created -> catchUpNewcomers(room, created.memberIds(), created.lastSeq());
            case Event.MemberAdded added -> catchUpNewcomers(room, List.of(added.member().userId()), added.lastSeq());
            case Event.MemberRemoved removed -> registry.leave(removed.userId(), room);
            case Event.RoomDeleted ignored -> registry.dropRoom(room);
            default -> {
            }
        }
    }

    /**
     * Users of this node joined a room at {@code joinedAtSeq}, but this node delivered the room
     * further already: each node's events cross the bus on their own, so a join published by one
     * node can arrive after messages another node posted after it. The newcomers' sessions get
     * those messages from the database now, right after their {@code member.added}, so they see the
     * room in order and without a hole (what they were given already, their ledger drops).
     */
    private void catchUpNewcomers(UUID room, List<String> userIds, long joinedAtSeq) {
        long delivered = order.deliveredSeq(room);
        if (delivered <= joinedAtSeq) {
            return;
        }
        List<Recipient> newcomers = userIds.stream().flatMap(user -> registry.user(user).stream())
                .filter(recipient -> recipient.rooms().contains(room)).toList();
        if (newcomers.isEmpty()) {
            return;
        }
        try {
            long seq = joinedAtSeq;
            while (seq < delivered) {
                // Messages only (no change is above the last one): the changes up to the join's came before it.
                RoomTail tail = missed.after(room, new RoomPosition(seq, Long.MAX_VALUE), RoomOrder.REPAIR_PAGE);
                for (Event.RoomEvent missedEvent : tail.events()) {
                    if (missedEvent instanceof Event.MessagePosted posted && posted.message().seq() <= delivered) {
                        Delivery delivery = Delivery.of(posted);
                        newcomers.forEach(recipient -> recipient.deliver(delivery));
                        deliveries.accept(newcomers.size());
                    }
                }
                if (tail.events().isEmpty()) {
                    return;
                }
                seq = tail.reached().lastSeq();
            }
        } catch (RuntimeException e) {
            // The client notices the hole at the next message and asks for a sync of the room.
            LOG.warn("cannot read the messages room {} had before its newcomers' join reached this node ({})", room,
                    e.getMessage());
        }
    }

    /**
     * After a bus outage: a user of this node added to a room meanwhile has no session in it
     * here, so no repair of the room told them. Their sessions join it now and get the
     * {@code member.added} with the room as they see it, at its position now.
     */
    private void joinRoomsJoinedMeanwhile() {
        for (Set<Recipient> recipients : registry.all()) {
            if (recipients.isEmpty()) {
                continue;
            }
            String user = recipients.iterator().next().userId();
            for (var room : missed.roomsOf(user).entrySet()) {
                if (recipients.stream().allMatch(recipient -> recipient.rooms().contains(room.getKey()))) {
                    continue;
                }
                missed.joined(room.getKey(), user).ifPresent(joined -> {
                    registry.join(user, room.getKey());
                    order.track(room.getKey(), new RoomPosition(joined.lastSeq(), joined.change()));
                    Delivery delivery = Delivery.of(joined);
                    registry.user(user).forEach(recipient -> recipient.deliver(delivery));
                    deliveries.accept(registry.user(user).size());
                });
            }
        }
    }

    private void deliverPresence(Event.PresenceChanged changed) {
        String user = changed.userId();
        Delivery delivery = Delivery.of(changed);
        Set<Recipient> told = new HashSet<>();
        for (UUID room : changed.rooms()) {
            for (Recipient recipient : registry.room(room)) {
                if (!user.equals(recipient.userId()) && told.add(recipient)) {
                    recipient.deliver(delivery);
                }
            }
        }
        deliveries.accept(told.size());
    }

    /** A call signal goes to the one addressed session, if it is connected here and is the addressed user's. */
    private void deliverSignal(Event.CallSignal signal) {
        for (Recipient recipient : registry.user(signal.toUserId())) {
            if (recipient.id().equals(signal.toSessionId())) {
                recipient.deliver(Delivery.of(signal));
                deliveries.accept(1);
            }
        }
    }

    /** To the user's own sessions and to every member of the user's rooms, once each. */
    private void deliverProfile(Event.ProfileChanged changed) {
        Delivery delivery = Delivery.of(changed);
        Set<Recipient> told = new HashSet<>(registry.user(changed.user().id()));
        for (UUID room : changed.rooms()) {
            told.addAll(registry.room(room));
        }
        told.forEach(recipient -> recipient.deliver(delivery));
        deliveries.accept(told.size());
    }

    /** An invitation concerns two users, not a room: each connection of the inviter and of the invitee hears it. */
    private void deliverToSides(Event.InvitationChanged changed) {
        var invitation = changed.invitation();
        Delivery delivery = Delivery.of(changed);
        Set<Recipient> told = new HashSet<>(registry.user(invitation.inviterId()));
        told.addAll(registry.user(invitation.inviteeId()));
        told.forEach(recipient -> recipient.deliver(delivery));
        deliveries.accept(told.size());
    }

    private void closeAll(String userId, java.util.function.Predicate<Recipient> which) {
        for (Recipient recipient : registry.user(userId)) {
            if (which.test(recipient)) {
                recipient.end(Ending.UNAUTHENTICATED, "credentials revoked");
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
