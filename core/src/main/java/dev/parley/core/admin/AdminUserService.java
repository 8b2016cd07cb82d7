package dev.parley.core.admin;

import dev.parley.core.account.AccountService;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import dev.parley.core.user.UserService;
import java.time.Clock;
import java.time.Instant;

/**
 * App admins manage users: search them all (deactivated ones too), set their app role,
 * deactivate and reactivate them, reset a local password. Each change is audited in its
 * transaction. An admin cannot take away their own admin role nor deactivate themselves, so the
 * app always keeps the admin who acts.
 */
public final class AdminUserService {
    private final Transactor store;
    private final UserService users;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public AdminUserService(Transactor store, UserService users, AccountService accounts, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every user whose id or name, or a word of either, starts with {@code query}, by id. */
    public Page<User> search(Actor actor, String query, PageRequest page) {
        Admins.check(actor, "list every user");
        return users.search(query, page);
    }

    /** Sets the user's app role and whether they are active (null: as they are); answers the user as stored. */
    public User update(Actor actor, String userId, String role, Boolean active) {
        Admins.check(actor, "change users");
        Constraints.checkUserId("userId", userId);
        UserRole newRole = role == null ? null : UserRole.parse(role);
        if (newRole == null && active == null) {
            throw ParleyException.invalid("send role or active (or both)");
        }
        if (actor.userId().equals(userId) && (newRole != null && newRole != UserRole.ADMIN
                || Boolean.FALSE.equals(active))) {
            throw ParleyException.invalid("you cannot take away your own admin role nor deactivate yourself;"
                    + " another admin can");
        }
        Instant now = clock.instant();
        return store.write(repos -> {
            User user = repos.users().find(userId)
                    .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no user " + userId));
            if (newRole != null && newRole != user.role()) {
                user = setRole(repos, actor, user, newRole, now);
            }
            if (active != null && active != user.active()) {
                user = setActive(repos, actor, user, active, now);
            }
            return user;
        });
    }

    /** Sets the user's local password (creating their local account if they had none). */
    public void resetPassword(Actor actor, String userId, String password) {
        Admins.check(actor, "reset passwords");
        accounts.setPassword(userId, password, repos -> audit.write(repos, actor, "user.password_reset", "user",
                userId, null, null));
    }

    private User setRole(UnitOfWork repos, Actor actor, User user, UserRole role, Instant now) {
        User changed = new User(user.id(), user.name(), user.avatarUrl(), role, user.data(), user.active(),
                user.createdAt(), now);
        repos.users().update(changed);
        repos.record(new Event.UserUpdated(changed));
        audit.write(repos, actor, "user.role", "user", user.id(), user.role().wireName(), role.wireName());
        return changed;
    }

    private User setActive(UnitOfWork repos, Actor actor, User user, boolean active, Instant now) {
        if (active) {
            User changed = new User(user.id(), user.name(), user.avatarUrl(), user.role(), user.data(), true,
                    user.createdAt(), now);
            repos.users().update(changed);
            repos.record(new Event.UserUpdated(changed));
            audit.write(repos, actor, "user.reactivate", "user", user.id(), "deactivated", "active");
            return changed;
        }
        UserService.deactivate(repos, user.id(), now);
        audit.write(repos, actor, "user.deactivate", "user", user.id(), "active", "deactivated");
        return repos.users().find(user.id()).orElseThrow();
    }
}
