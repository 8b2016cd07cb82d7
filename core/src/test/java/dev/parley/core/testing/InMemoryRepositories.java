package dev.parley.core.testing;

import dev.parley.core.webhook.WebhookRepository;
import dev.parley.core.call.CallRepository;
import dev.parley.core.account.AccountRepository;
import dev.parley.core.audit.AuditRepository;
import dev.parley.core.grant.GrantRepository;
import dev.parley.core.auth.TokenRepository;
import dev.parley.core.file.FileRepository;
import dev.parley.core.invitation.InvitationRepository;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.RoomRepository;
import dev.parley.core.stream.StreamRepository;
import dev.parley.core.store.Repositories;
import dev.parley.core.user.UserRepository;

/** The in-memory repositories, all over the same tables. */
record InMemoryRepositories(UserRepository users, RoomRepository rooms, MemberRepository members,
        MessageRepository messages, ReactionRepository reactions, TokenRepository tokens, AccountRepository accounts,
        WebhookRepository webhooks, FileRepository files, dev.parley.core.change.ChangeRepository changes,
        GrantRepository grants, AuditRepository audit, dev.parley.core.moderation.ModerationRepository moderation, StreamRepository streams,
        InvitationRepository invitations, CallRepository calls, dev.parley.core.admin.AdminRepository admin,
        dev.parley.core.flag.FlagRepository flags, dev.parley.core.appban.AppBanRepository appBans,
        dev.parley.core.appearance.AppearanceRepository appearance,
        dev.parley.core.apikey.ApiSecretRepository apiSecrets, dev.parley.core.erase.UserDataRepository userData)
        implements Repositories {

    static InMemoryRepositories over(Tables tables) {
        return new InMemoryRepositories(new InMemoryUsers(tables), new InMemoryRooms(tables), new InMemoryMembers(tables),
                new InMemoryMessages(tables), new InMemoryReactions(tables), new InMemoryTokens(tables),
                new InMemoryAccounts(tables), new InMemoryWebhooks(tables), new InMemoryFiles(tables),
                new InMemoryChanges(tables), new InMemoryGrants(tables), new InMemoryAudit(tables),
                new InMemoryModeration(tables), new InMemoryStreams(tables),
                new InMemoryInvitations(tables), new InMemoryCalls(tables), new InMemoryAdmin(tables),
                new InMemoryFlags(tables), new InMemoryAppBans(tables), new InMemoryAppearance(tables),
                new InMemoryApiSecrets(tables), new InMemoryUserData());
    }
}
