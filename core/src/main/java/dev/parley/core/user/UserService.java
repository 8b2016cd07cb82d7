package dev.parley.core.user;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** Users as the application provisions them over the server API. */
public final class UserService {
    public static final int MAX_NAME = 100;
    public static final int MAX_QUERY = 128;

    private final Transactor store;
    private final Clock clock;
    private final DirectoryVisibility directory;
    private final LiveGrants grants;

    public UserService(Transactor store, Clock clock) {
        this(store, clock, DirectoryVisibility.ALL);
    }

    public UserService(Transactor store, Clock clock, DirectoryVisibility directory) {
        this(store, clock, directory, LiveGrants.of(Grants.DEFAULT));
    }

    public UserService(Transactor store, Clock clock, DirectoryVisibility directory, LiveGrants grants) {
        this.store = store;
        this.clock = clock;
        this.directory = directory;
        this.grants = grants;
    }

    public DirectoryVisibility directoryVisibility() {
        return directory;
    }

    /** Creates the user, or replaces its fields (and reactivates it) when it exists. */
    public Upserted<User> put(String id, UserDraft draft) {
        Constraints.checkUserId("userId", id);
        String name = Constraints.checkText("name", draft.name(), 1, MAX_NAME);
        Constraints.checkUrl("avatarUrl", draft.avatarUrl());
        UserRole role = UserRole.parse(draft.role());
        Instant now = clock.instant();
        return store.write(repos -> {
            var existing = repos.users().find(id);
            if (existing.isEmpty()) {
                User user = new User(id, name, draft.avatarUrl(), role, draft.data(), true, now, now);
                repos.users().insert(user);
                return new Upserted<>(user, true);
            }
            User old = existing.get();
            User user = new User(id, name, draft.avatarUrl(), role, draft.data(), true, old.createdAt(), now);
            if (old.active() && sameProfile(old, user)) {
                return new Upserted<>(old, false, false); // the same again: no updatedAt bump, no event
            }
            repos.users().update(user);
            repos.record(new Event.UserUpdated(user));
            ProfileChanges.record(repos, old, user);
            return new Upserted<>(user, false);
        });
    }

    /**
     * Makes sure a user named by a trusted source (the host's gateway) exists: creates it with
     * the app role user, or renames it when the name changed; other fields stay as they are.
     * A deactivated user stays deactivated (401 {@code user_deactivated}).
     */
    public User provision(String id, String name) {
        return provision(id, name, null);
    }

    /**
     * As {@link #provision(String, String)}, also setting the avatar when {@code avatarUrl} is
     * given (an identity provider's picture claim); null leaves the avatar as it is.
     */
    public User provision(String id, String name, String avatarUrl) {
        Constraints.checkUserId("userId", id);
        String checkedName = Constraints.checkText("name", name, 1, MAX_NAME);
        Constraints.checkUrl("avatarUrl", avatarUrl);
        Instant now = clock.instant();
        return store.write(repos -> {
            var existing = repos.users().find(id);
            if (existing.isEmpty()) {
                User created = new User(id, checkedName, avatarUrl, UserRole.USER, null, true, now, now);
                repos.users().insert(created);
                return created;
            }
            User old = existing.get();
            if (!old.active()) {
                throw new ParleyException(ErrorCode.USER_DEACTIVATED, "user " + id + " is deactivated");
            }
            String avatar = avatarUrl == null ? old.avatarUrl() : avatarUrl;
            if (old.name().equals(checkedName) && java.util.Objects.equals(old.avatarUrl(), avatar)) {
                return old;
            }
            User changed = new User(id, checkedName, avatar, old.role(), old.data(), true, old.createdAt(), now);
            repos.users().update(changed);
            repos.record(new Event.UserUpdated(changed));
            ProfileChanges.record(repos, old, changed);
            return changed;
        });
    }

    private static boolean sameProfile(User a, User b) {
        return a.name().equals(b.name()) && java.util.Objects.equals(a.avatarUrl(), b.avatarUrl())
                && a.role() == b.role() && java.util.Objects.equals(a.data(), b.data());
    }

    public User get(String id) {
        Constraints.checkUserId("userId", id);
        return store.read(repos -> repos.users().find(id))
                .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no user " + id));
    }

    /** Users whose id or name, or a word of either, starts with {@code query} ({@link SearchWords}), by id. */
    public Page<User> search(String query, PageRequest page) {
        String prefix = query == null ? "" : Constraints.checkText("query", query, 0, MAX_QUERY);
        return byId(page, (after, fetch) -> store.read(repos -> repos.users().search(prefix, after, fetch)));
    }

    /**
     * What a user may look up to start a chat: active users whose id or name, or a word of
     * either, starts with {@code query} (at least one character; {@link SearchWords}), as cards
     * — no role, no app data; all of them, those sharing a room with {@code viewer}, or nobody
     * (403), as {@link DirectoryVisibility} says.
     */
    public Page<UserCard> directory(Actor viewer, String query, PageRequest page) {
        if (directory == DirectoryVisibility.NONE) {
            throw new ParleyException(ErrorCode.FORBIDDEN,
                    "the user directory is turned off on this server (users.directory=none); start a chat by user id");
        }
        grants.current().check(viewer, Permission.SEARCH_USERS);
        String prefix = Constraints.checkText("query", query == null ? "" : query, 1, MAX_QUERY);
        Page<User> users = byId(page, (after, fetch) -> store.read(repos -> directory == DirectoryVisibility.ALL
                ? repos.users().searchActive(prefix, after, fetch)
                : repos.users().searchActiveSharingRooms(prefix, viewer.userId(), after, fetch)));
        return new Page<>(users.items().stream().map(User::card).toList(), users.nextCursor());
    }

    /** A page of users in id order, from the rows after the cursor's id. */
    private static Page<User> byId(PageRequest page, BiFunction<String, Integer, List<User>> rowsAfter) {
        var position = Cursor.decode(page.after(), 1);
        String after = position == null ? null : Cursor.userId(position.get(0));
        return Page.of(rowsAfter.apply(after, page.limit() + 1), page.limit(), user -> Cursor.encode(user.id()));
    }

    /** Deactivates the user: their tokens are revoked and their sessions end. */
    public void deactivate(String id) {
        User user = get(id);
        if (!user.active()) {
            return;
        }
        Instant now = clock.instant();
        store.write(repos -> {
            deactivate(repos, id, now);
            return null;
        });
    }

    /** Deactivates the user in this unit of work: their tokens are revoked and their sessions end. */
    public static void deactivate(dev.parley.core.store.UnitOfWork repos, String id, Instant now) {
        repos.users().deactivate(id, now);
        // Reactivating the user later must not revive the tokens they had.
        repos.users().setTokensValidFrom(id, now.getEpochSecond() + 1);
        repos.record(new Event.UserDeactivated(id));
    }
}
