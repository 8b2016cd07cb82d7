package dev.parley.server;

import dev.parley.core.account.AccountService;
import dev.parley.core.account.LoginThrottle;
import dev.parley.core.account.PasswordHasher;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.AuthService;
import dev.parley.core.event.EventBus;
import dev.parley.core.grant.GrantService;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.message.MessageLimits;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.SyncService;
import dev.parley.core.mute.MuteService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.RoomService;
import dev.parley.core.store.Transactor;
import dev.parley.core.stream.DeltaBuffer;
import dev.parley.core.stream.StreamService;
import dev.parley.core.typing.TypingService;
import dev.parley.core.user.UserService;
import dev.parley.server.auth.ApiCredentials;
import dev.parley.server.auth.JwtTokenCodec;
import dev.parley.server.config.ParleyConfig;
import java.time.Clock;

/** A node's core services, built once from its configuration over one {@link Transactor}. */
record NodeServices(Transactor transactor, AuthService auth, UserService users, RoomService rooms,
        MemberService members, MessageService messages, ReadService reads, TypingService typing, SyncService sync,
        AccountService accounts, LiveGrants grants, GrantService grantService, AuditTrail audit,
        StreamService streams, DeltaBuffer deltas, MuteService mutes) {

    static NodeServices create(ParleyConfig config, Transactor transactor, EventBus bus, ApiCredentials credentials,
            IdGenerator ids, Clock clock) {
        AuthService auth = new AuthService(transactor, new JwtTokenCodec(credentials.secret()), clock);
        bus.subscribe(auth::onEvent);
        var limits = new MessageLimits(config.messages().maxTextLength(), MessageLimits.DEFAULT.maxAttachments());
        var grants = new LiveGrants(config.grants());
        var audit = new AuditTrail(ids, clock);
        var deltas = new DeltaBuffer(transactor);
        return new NodeServices(transactor, auth,
                new UserService(transactor, clock, config.identity().directory(), grants),
                new RoomService(transactor, ids, clock, grants),
                new MemberService(transactor, clock, grants),
                new MessageService(transactor, ids, clock, limits, grants),
                new ReadService(transactor),
                new TypingService(transactor, System::nanoTime),
                new SyncService(transactor, config.ws().replayLimit()),
                new AccountService(transactor, auth, new PasswordHasher(), LoginThrottle.standard(), clock,
                        config.identity().signup()),
                grants, new GrantService(transactor, grants, audit, clock), audit,
                new StreamService(transactor, clock, limits, deltas, config.messages().streamIdle()),
                deltas, new MuteService(transactor));
    }
}
