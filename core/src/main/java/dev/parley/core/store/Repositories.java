package dev.parley.core.store;

import dev.parley.core.account.AccountRepository;
import dev.parley.core.audit.AuditRepository;
import dev.parley.core.auth.TokenRepository;
import dev.parley.core.grant.GrantRepository;
import dev.parley.core.call.CallRepository;
import dev.parley.core.file.FileRepository;
import dev.parley.core.change.ChangeRepository;
import dev.parley.core.invitation.InvitationRepository;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.RoomRepository;
import dev.parley.core.stream.StreamRepository;
import dev.parley.core.user.UserRepository;
import dev.parley.core.webhook.WebhookRepository;

/** The repositories bound to one unit of work (one connection, one transaction). */
public interface Repositories {
    UserRepository users();

    RoomRepository rooms();

    MemberRepository members();

    MessageRepository messages();

    ReactionRepository reactions();

    TokenRepository tokens();

    AccountRepository accounts();

    WebhookRepository webhooks();

    GrantRepository grants();

    AuditRepository audit();

    dev.parley.core.moderation.ModerationRepository moderation();
    CallRepository calls();

    FileRepository files();

    ChangeRepository changes();

    StreamRepository streams();

    InvitationRepository invitations();

    /** App admins' look-ups across the whole app. */
    dev.parley.core.admin.AdminRepository admin();

    dev.parley.core.flag.FlagRepository flags();

    dev.parley.core.appban.AppBanRepository appBans();

    dev.parley.core.appearance.AppearanceRepository appearance();

    /** The stored API secret. */
    dev.parley.core.apikey.ApiSecretRepository apiSecrets();

    /** Everything stored about one user, for their data export and erasure. */
    dev.parley.core.erase.UserDataRepository userData();
}
