package dev.parley.core.account;

import dev.parley.core.auth.AuthService;
import dev.parley.core.auth.IssuedToken;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import dev.parley.core.user.UserService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Local accounts for standalone use: sign in with a user id and password, sign up, set a
 * password, and the first admin account. A wrong password and an unknown user id get the
 * same answer after the same work.
 */
public final class AccountService {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;
    public static final String ADMIN_ID = "admin";

    private final Transactor store;
    private final AuthService auth;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final boolean signupOpen;

    public AccountService(Transactor store, AuthService auth, PasswordHasher hasher, LoginThrottle throttle, Clock clock,
            boolean signupOpen) {
        this.store = store;
        this.auth = auth;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.signupOpen = signupOpen;
    }

    public boolean signupOpen() {
        return signupOpen;
    }

    /** A token for the user whose password this is; {@code source} is the caller's address, for throttling. */
    public IssuedToken login(String userId, String password, String source) {
        String id = Constraints.checkText("userId", userId, 1, 128);
        String secret = Constraints.checkText("password", password, 1, MAX_PASSWORD);
        throttle.checkAllowed(id, source);
        Optional<LocalAccount> account = store.read(repos -> repos.accounts().find(id));
        boolean matches;
        if (account.isPresent()) {
            matches = hasher.verify(secret, account.get().passwordHash());
        } else {
            hasher.verifyNothing(secret);
            matches = false;
        }
        if (!matches) {
            throttle.failed(id, source);
            throw new ParleyException(ErrorCode.INVALID_CREDENTIALS, "wrong user id or password");
        }
        throttle.succeeded(id, source);
        User user = store.read(repos -> repos.users().find(id)).orElseThrow();
        if (!user.active()) {
            throw new ParleyException(ErrorCode.USER_DEACTIVATED, "user " + id + " is deactivated");
        }
        return auth.issue(id, null);
    }

    /** Creates a user (app role user) with a local account and signs them in. */
    public IssuedToken signup(String userId, String name, String password, String source) {
        if (!signupOpen) {
            throw new ParleyException(ErrorCode.SIGNUP_DISABLED, "sign-up is disabled on this server; ask its operator");
        }
        Constraints.checkUserId("userId", userId);
        String displayName = Constraints.checkText("name", name, 1, UserService.MAX_NAME);
        checkPassword(password);
        throttle.checkSignupAllowed(source);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        try {
            store.write(repos -> {
                if (repos.users().find(userId).isPresent()) {
                    throw taken(userId);
                }
                repos.users().insert(new User(userId, displayName, null, UserRole.USER, null, true, now, now));
                repos.accounts().insert(new LocalAccount(userId, hash, false, now, now));
                return null;
            });
        } catch (DuplicateKeyException raced) {
            throw taken(userId);
        }
        throttle.signedUp(source);
        return auth.issue(userId, null);
    }

    private static ParleyException taken(String userId) {
        return new ParleyException(ErrorCode.USER_EXISTS, "the user id " + userId + " is taken");
    }

    /** Sets the password of an existing user, creating their local account if they had none. */
    public void setPassword(String userId, String password) {
        setPassword(userId, password, repos -> { });
    }

    /** {@link #setPassword(String, String)}, running {@code alongside} in its transaction (an admin's audit entry). */
    public void setPassword(String userId, String password, java.util.function.Consumer<UnitOfWork> alongside) {
        Constraints.checkUserId("userId", userId);
        String hash = hasher.hash(checkPassword(password));
        Instant now = clock.instant();
        store.write(repos -> {
            repos.users().find(userId)
                    .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no user " + userId));
            if (!repos.accounts().updatePassword(userId, hash, false, now)) {
                repos.accounts().insert(new LocalAccount(userId, hash, false, now, now));
            }
            alongside.accept(repos);
            return null;
        });
    }

    /**
     * When no local account exists yet: makes {@value #ADMIN_ID} an admin with this generated
     * password. Returns whether it did.
     */
    public boolean createFirstAdmin(String generatedPassword) {
        if (store.read(repos -> repos.accounts().count()) > 0) {
            return false;
        }
        String hash = hasher.hash(checkPassword(generatedPassword));
        Instant now = clock.instant();
        try {
            return store.write(repos -> {
                if (repos.accounts().count() > 0) {
                    return false;
                }
                var existing = repos.users().find(ADMIN_ID);
                if (existing.isEmpty()) {
                    repos.users().insert(new User(ADMIN_ID, "Administrator", null, UserRole.ADMIN, null, true, now, now));
                }
                repos.accounts().insert(new LocalAccount(ADMIN_ID, hash, true, now, now));
                return true;
            });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    /** True while the user's password is still the one Parley generated. */
    public boolean hasGeneratedPassword(String userId) {
        return store.read(repos -> repos.accounts().find(userId)).map(LocalAccount::generated).orElse(false);
    }

    private static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ParleyException.invalid("password must be " + MIN_PASSWORD + "-" + MAX_PASSWORD + " characters");
        }
        return password;
    }
}
