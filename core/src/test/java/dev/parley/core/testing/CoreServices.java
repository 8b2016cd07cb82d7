package dev.parley.core.testing;

import dev.parley.core.auth.Actor;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.grant.GrantService;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.event.LocalEventBus;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.invitation.InvitationService;
import dev.parley.core.invitation.Inviting;
import dev.parley.core.room.Admission;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageLimits;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.SyncService;
import dev.parley.core.mute.MuteService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.RoomDraft;
import dev.parley.core.room.RoomService;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.Transactor;
import dev.parley.core.stream.DeltaBuffer;
import dev.parley.core.stream.StreamService;
import dev.parley.core.user.User;
import dev.parley.core.user.UserDraft;
import dev.parley.core.user.UserRole;
import dev.parley.core.user.UserService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Core's services wired as a node wires them, on the in-memory store and the in-process bus,
 * with every published event {@link #events() recorded}. The one place tests build services:
 * a change of their constructors is one edit here. As an instance field
 * ({@code @RegisterExtension final CoreServices parley = new CoreServices();}) it is closed
 * after each test.
 */
public final class CoreServices implements AutoCloseable, AfterEachCallback {
    /** How many missed messages of a room {@link #sync()} replays; more is a gap. */
    public static final int REPLAY_LIMIT = 5;
    /** How long a stream may idle; the test clock moves 1 ms per read, so a few reads make a stream idle. */
    public static final Duration STREAM_IDLE = Duration.ofMillis(20);

    private final InMemoryStore store = new InMemoryStore();
    private final RecordedEvents events = new RecordedEvents();
    private final TickingClock clock = new TickingClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final IdGenerator ids = new UuidV7Generator(clock);
    private final LocalEventBus bus = new LocalEventBus();
    private final Transactor transactor;
    private final LiveGrants grants;
    private final GrantService grantService;
    private final UserService users;
    private final RoomService rooms;
    private final MemberService members;
    private final MessageService messages;
    private final ReadService reads;
    private final SyncService sync;
    private final DeltaBuffer deltas;
    private final StreamService streams;
    private final InvitationService invitations;
    private final MuteService mutes;

    /** Services with the default grants. */
    public CoreServices() {
        this(Grants.DEFAULT);
    }

    public CoreServices(Grants defaults) {
        this(defaults, false);
    }

    /** Services with explicit joins ({@code rooms.explicit-joins}): users added to a group are invited. */
    public static CoreServices withExplicitJoins() {
        return new CoreServices(Grants.DEFAULT, true);
    }

    private CoreServices(Grants defaults, boolean explicitJoins) {
        bus.subscribe(events);
        transactor = new Transactor(store, bus);
        grants = new LiveGrants(defaults);
        grantService = new GrantService(transactor, grants, new AuditTrail(ids, clock), clock);
        Admission admission = explicitJoins ? new Inviting(ids, clock) : Admission.IMMEDIATE;
        users = new UserService(transactor, clock, dev.parley.core.user.DirectoryVisibility.ALL, grants);
        rooms = new RoomService(transactor, ids, clock, grants, admission);
        members = new MemberService(transactor, clock, grants, admission);
        invitations = new InvitationService(transactor, clock, grants);
        messages = new MessageService(transactor, ids, clock, MessageLimits.DEFAULT, grants);
        reads = new ReadService(transactor);
        sync = new SyncService(transactor, REPLAY_LIMIT);
        deltas = new DeltaBuffer(transactor);
        streams = new StreamService(transactor, clock, MessageLimits.DEFAULT, deltas, STREAM_IDLE, grants);
        mutes = new MuteService(transactor);
    }

    /** Creates an active user with the given app role and returns them as an actor. */
    public Actor user(String id, UserRole role) {
        User user = users.put(id, new UserDraft("User " + id, null, role.wireName(), null)).value();
        return new Actor(user.id(), user.role());
    }

    public Actor user(String id) {
        return user(id, UserRole.USER);
    }

    /** A group created by {@code owner} with {@code others} in it. */
    public RoomSummary group(Actor owner, Actor... others) {
        return rooms.create(owner, new RoomDraft("group", "Group", ids(others), null, null, null));
    }

    /** A public channel created by {@code owner} with {@code others} in it. */
    public RoomSummary channel(Actor owner, Actor... others) {
        return rooms.create(owner, new RoomDraft("channel", "Channel", ids(others), null, null, null));
    }

    public Message post(Actor author, RoomSummary room, String text) {
        return messages.post(author, room.room().id().toString(), new MessageDraft(text, null, null, List.of()))
                .message();
    }

    public InMemoryStore store() {
        return store;
    }

    public LocalEventBus bus() {
        return bus;
    }

    public RecordedEvents events() {
        return events;
    }

    /** The services' clock: it ticks a millisecond per read, and {@link TickingClock#advance} jumps. */
    public TickingClock clock() {
        return clock;
    }

    public Transactor transactor() {
        return transactor;
    }

    public LiveGrants grants() {
        return grants;
    }

    public GrantService grantService() {
        return grantService;
    }

    public UserService users() {
        return users;
    }

    public RoomService rooms() {
        return rooms;
    }

    public MemberService members() {
        return members;
    }

    public MessageService messages() {
        return messages;
    }

    public ReadService reads() {
        return reads;
    }

    public SyncService sync() {
        return sync;
    }

    public DeltaBuffer deltas() {
        return deltas;
    }

    public StreamService streams() {
        return streams;
    }

    /** Starts a streamed reply by {@code author}. */
    public Message stream(Actor author, RoomSummary room, String text) {
        return messages.post(author, room.room().id().toString(), new MessageDraft(text, null, null, List.of(), true))
                .message();
    }

    public InvitationService invitations() {
        return invitations;
    }

    public MuteService mutes() {
        return mutes;
    }

    /** The room as {@code actor} sees it now (role, counts, mute). */
    public RoomSummary roomOf(Actor actor, RoomSummary room) {
        return rooms.get(actor, id(room));
    }

    /** The id of a room as clients send it. */
    public static String id(RoomSummary room) {
        return room.room().id().toString();
    }

    private static List<String> ids(Actor... actors) {
        return Arrays.stream(actors).map(Actor::userId).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        store.close();
    }
}
