package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.store.jdbc.EventJson;
import dev.parley.core.change.ChangeRepository;
import dev.parley.core.account.AccountRepository;
import dev.parley.core.audit.AuditRepository;
import dev.parley.core.grant.GrantRepository;
import dev.parley.core.auth.TokenRepository;
import dev.parley.core.call.CallRepository;
import dev.parley.core.file.FileRepository;
import dev.parley.core.invitation.InvitationRepository;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.RoomRepository;
import dev.parley.core.stream.StreamRepository;
import dev.parley.core.store.Repositories;
import dev.parley.core.user.UserRepository;
import dev.parley.core.webhook.WebhookRepository;

/** The JDBC repositories of one unit of work, all on the same connection. */
final class JdbcRepositories implements Repositories {
    private final JdbcUserRepository users;
    private final JdbcRoomRepository rooms;
    private final JdbcMemberRepository members;
    private final JdbcMessageRepository messages;
    private final JdbcReactionRepository reactions;
    private final JdbcTokenRepository tokens;
    private final JdbcAccountRepository accounts;
    private final JdbcWebhookRepository webhooks;
    private final JdbcGrantRepository grants;
    private final JdbcAuditRepository audit;
    private final JdbcModerationRepository moderation;
    private final JdbcCallRepository calls;
    private final JdbcFileRepository files;
    private final JdbcChangeRepository changes;
    private final JdbcStreamRepository streams;
    private final JdbcInvitationRepository invitations;
    private final JdbcAdminRepository admin;
    private final JdbcFlagRepository flags;
    private final JdbcAppBanRepository appBans;
    private final JdbcAppearanceRepository appearance;
    private final JdbcApiSecretRepository apiSecrets;
    private final JdbcUserDataRepository userData;

    JdbcRepositories(Sql sql, MessageRows messageRows, EventJson events) {
        this.users = new JdbcUserRepository(sql);
        this.rooms = new JdbcRoomRepository(sql);
        this.members = new JdbcMemberRepository(sql, messageRows);
        this.messages = new JdbcMessageRepository(sql, messageRows);
        this.reactions = new JdbcReactionRepository(sql);
        this.tokens = new JdbcTokenRepository(sql);
        this.accounts = new JdbcAccountRepository(sql);
        this.webhooks = new JdbcWebhookRepository(sql);
        this.grants = new JdbcGrantRepository(sql);
        this.audit = new JdbcAuditRepository(sql);
        this.moderation = new JdbcModerationRepository(sql);
        this.calls = new JdbcCallRepository(sql);
        this.files = new JdbcFileRepository(sql);
        this.changes = new JdbcChangeRepository(sql, events);
        this.streams = new JdbcStreamRepository(sql);
        this.invitations = new JdbcInvitationRepository(sql);
        this.admin = new JdbcAdminRepository(sql, messageRows);
        this.flags = new JdbcFlagRepository(sql);
        this.appBans = new JdbcAppBanRepository(sql);
        this.appearance = new JdbcAppearanceRepository(sql);
        this.apiSecrets = new JdbcApiSecretRepository(sql);
        this.userData = new JdbcUserDataRepository(sql);
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public RoomRepository rooms() {
        return rooms;
    }

    @Override
    public MemberRepository members() {
        return members;
    }

    @Override
    public MessageRepository messages() {
        return messages;
    }

    @Override
    public ReactionRepository reactions() {
        return reactions;
    }

    @Override
    public TokenRepository tokens() {
        return tokens;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public WebhookRepository webhooks() {
        return webhooks;
    }

    @Override
    public GrantRepository grants() {
        return grants;
    }

    @Override
    public AuditRepository audit() {
        return audit;
    }

    @Override
    public dev.parley.core.moderation.ModerationRepository moderation() {
        return moderation;
    }

    @Override
    public CallRepository calls() {
        return calls;
    }

    @Override
    public FileRepository files() {
        return files;
    }

    @Override
    public ChangeRepository changes() {
        return changes;
    }

    @Override
    public StreamRepository streams() {
        return streams;
    }

    @Override
    public InvitationRepository invitations() {
        return invitations;
    }

    @Override
    public dev.parley.core.admin.AdminRepository admin() {
        return admin;
    }

    @Override
    public dev.parley.core.flag.FlagRepository flags() {
        return flags;
    }

    @Override
    public dev.parley.core.appban.AppBanRepository appBans() {
        return appBans;
    }

    @Override
    public dev.parley.core.appearance.AppearanceRepository appearance() {
        return appearance;
    }

    @Override
    public dev.parley.core.apikey.ApiSecretRepository apiSecrets() {
        return apiSecrets;
    }

    @Override
    public dev.parley.core.erase.UserDataRepository userData() {
        return userData;
    }
}
