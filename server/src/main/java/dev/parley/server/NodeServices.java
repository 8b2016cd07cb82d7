package dev.parley.server;

import dev.parley.core.account.AccountService;
import dev.parley.core.account.LoginThrottle;
import dev.parley.core.account.PasswordHasher;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.AuthService;
import dev.parley.core.call.CallService;
import dev.parley.core.call.CallSettings;
import dev.parley.core.call.CallSignals;
import dev.parley.core.call.CallTimer;
import dev.parley.core.event.EventBus;
import dev.parley.core.grant.GrantService;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.invitation.InvitationService;
import dev.parley.core.invitation.Inviting;
import dev.parley.core.message.MessageLimits;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.SyncService;
import dev.parley.core.mute.MuteService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.Admission;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.RoomService;
import dev.parley.core.store.Transactor;
import dev.parley.core.stream.DeltaBuffer;
import dev.parley.core.stream.StreamService;
import dev.parley.core.typing.TypingService;
import dev.parley.core.user.UserService;
import dev.parley.server.auth.ApiSecrets;
import dev.parley.server.auth.JwtTokenCodec;
import dev.parley.server.config.ParleyConfig;
import java.time.Clock;

/** A node's core services, built once from its configuration over one {@link Transactor}. */
record NodeServices(Transactor transactor, AuthService auth, UserService users, RoomService rooms,
        MemberService members, MessageService messages, ReadService reads, TypingService typing, SyncService sync,
        AccountService accounts, LiveGrants grants, GrantService grantService, AuditTrail audit,
        StreamService streams, DeltaBuffer deltas, InvitationService invitations,
        CallService calls, CallSignals signals, MuteService mutes, dev.parley.server.config.LiveProfiles profiles,
        dev.parley.core.appearance.AppearanceService appearance) {

    static NodeServices create(ParleyConfig config, Transactor transactor, EventBus bus, ApiSecrets apiSecrets,
            IdGenerator ids, Clock clock, CallTimer callTimer) {
        AuthService auth = new AuthService(transactor, new JwtTokenCodec(apiSecrets), clock);
        bus.subscribe(auth::onEvent);
        var callSettings = new CallSettings(config.calls().ringTimeout(), config.calls().meshMax(),
                config.calls().liveKit().enabled());
        var calls = new CallService(transactor, ids, clock, callSettings, callTimer);
        bus.subscribe(calls::onEvent);
        var limits = new MessageLimits(config.messages().maxTextLength(), MessageLimits.DEFAULT.maxAttachments());
        var grants = new LiveGrants(config.grants());
        var audit = new AuditTrail(ids, clock);
        var liveAppearance = new dev.parley.core.appearance.LiveAppearance();
        var profiles = new dev.parley.server.config.LiveProfiles(config.web().clients(), liveAppearance);
        var deltas = new DeltaBuffer(transactor);
        // rooms.explicit-joins: users added to a group are invited and join when they accept.
        Admission admission = config.rooms().explicitJoins() ? new Inviting(ids, clock) : Admission.IMMEDIATE;
        return new NodeServices(transactor, auth,
                new UserService(transactor, clock, config.identity().directory(), grants),
                new RoomService(transactor, ids, clock, grants, admission),
                new MemberService(transactor, clock, grants, admission),
                new MessageService(transactor, ids, clock, limits, grants, new dev.parley.core.ratelimit.SendRateLimit(
                        config.messages().rateLimitMessages(), config.messages().rateLimitWindow(), clock)),
                new ReadService(transactor),
                new TypingService(transactor, System::nanoTime),
                new SyncService(transactor, config.ws().replayLimit()),
                new AccountService(transactor, auth, new PasswordHasher(), LoginThrottle.standard(), clock,
                        config.identity().signup()),
                grants, new GrantService(transactor, grants, audit, clock), audit,
                new StreamService(transactor, clock, limits, deltas, config.messages().streamIdle(),
                        grants),
                deltas, new InvitationService(transactor, clock, grants),
                calls, new CallSignals(transactor, System::nanoTime),
                new MuteService(transactor), profiles,
                new dev.parley.core.appearance.AppearanceService(transactor, liveAppearance, profiles, audit, clock));
    }
}
