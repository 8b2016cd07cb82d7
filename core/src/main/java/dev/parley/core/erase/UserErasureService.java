package dev.parley.core.erase;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.purge.MessagePurgeService;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.user.ProfileChanges;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import dev.parley.core.user.UserService;
import java.time.Clock;
import java.time.Instant;

/**
 * A user's right to their data and to be forgotten (app admins): export everything Parley
 * holds about them, and erase them — deactivated and signed out everywhere, their profile
 * replaced by a neutral one, their local password removed, and their messages either deleted
 * (as an admin deletes them) or kept under the neutral name. Both are audited, the erasure
 * without the personal data it removed. Nobody erases themselves, nor the last admin.
 */
public final class UserErasureService {
    /** The name an erased user is shown with. */
    public static final String ERASED_NAME = "Deleted user";

    private final Transactor store;
    private final MessagePurgeService purge;
    private final AuditTrail audit;
    private final Clock clock;

    public UserErasureService(Transactor store, MessagePurgeService purge, AuditTrail audit, Clock clock) {
        this.store = store;
        this.purge = purge;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What an erasure did: the user as stored now, how many messages it deleted, and the avatar
     * URL the user had (null: none), whose hosted images the caller deletes.
     */
    public record Erasure(User user, MessageHandling messages, long messagesDeleted, String removedAvatarUrl) {
    }

    private record Scrubbed(User before, User after) {
    }

    /** Everything stored about the user (404 for an unknown one); the export itself is audited. */
    public UserData export(Actor actor, String userId) {
        Admins.check(actor, "export a user's data");
        Constraints.checkUserId("userId", userId);
        return store.write(repos -> {
            User user = find(repos, userId);
            var data = repos.userData();
            UserData export = new UserData(user, repos.accounts().find(userId).isPresent(), clock.instant(),
                    data.memberships(userId), data.messages(userId), data.reactions(userId), data.files(userId),
                    data.flags(userId), data.invitations(userId));
            audit.write(repos, actor, "user.export", "user", userId, null, null);
            return export;
        });
    }

    /**
     * Erases the user. The profile goes first, in one transaction, so the user is signed out
     * before any message is touched; deleting the messages then runs in batches. Erasing an
     * erased user again finishes what a failed erasure left.
     */
    public Erasure erase(Actor actor, String userId, String messages) {
        Admins.check(actor, "erase users");
        Constraints.checkUserId("userId", userId);
        MessageHandling handling = MessageHandling.parse(messages);
        if (actor.userId().equals(userId)) {
            throw new ParleyException(ErrorCode.CANNOT_ERASE, "you cannot erase yourself; another admin can");
        }
        store.requireDelivery();
        Scrubbed scrubbed = store.write(repos -> {
            User before = find(repos, userId);
            return new Scrubbed(before, scrub(repos, actor, before, handling));
        });
        long deleted = handling == MessageHandling.DELETE ? purge.deleteAllOf(actor, userId, null) : 0;
        return new Erasure(scrubbed.after(), handling, deleted, scrubbed.before().avatarUrl());
    }

    private User scrub(UnitOfWork repos, Actor actor, User user, MessageHandling handling) {
        if (user.role() == UserRole.ADMIN && user.active() && repos.userData().otherActiveAdmins(user.id()) == 0) {
            throw new ParleyException(ErrorCode.CANNOT_ERASE,
                    "this is the app's last active admin; make another user admin first");
        }
        Instant now = clock.instant();
        UserRole role = user.role() == UserRole.ADMIN ? UserRole.USER : user.role();
        User scrubbed = new User(user.id(), ERASED_NAME, null, role, null, user.active(), user.createdAt(), now);
        repos.users().update(scrubbed);
        repos.userData().deleteLocalAccount(user.id());
        UserService.deactivate(repos, user.id(), now);
        User stored = repos.users().find(user.id()).orElseThrow();
        repos.record(new Event.UserUpdated(stored));
        ProfileChanges.record(repos, user, stored);
        audit.write(repos, actor, "user.erase", "user", user.id(), null,
                "profile erased, signed out, messages " + handling.wireName());
        return stored;
    }

    private static User find(UnitOfWork repos, String userId) {
        return repos.users().find(userId)
                .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no user " + userId));
    }
}
