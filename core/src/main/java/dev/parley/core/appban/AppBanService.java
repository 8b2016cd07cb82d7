package dev.parley.core.appban;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Banning a user from the whole app (app admins only): until it ends or is lifted, their tokens
 * are refused (403 {@code banned}), so they neither post nor read anywhere, and their open
 * sessions end at once. Enforced where a token is verified — once per token per verification,
 * not per send. Audited as {@code user.ban} / {@code user.unban}.
 */
public final class AppBanService {
    public static final int MAX_REASON = 500;
    /** The longest ban with a duration: ten years. */
    public static final long MAX_DURATION_SECONDS = 10L * 366 * 24 * 3600;

    private final Transactor store;
    private final AuditTrail audit;
    private final Clock clock;

    public AppBanService(Transactor store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public AppBan ban(Actor actor, String userId, String reason, Long durationSeconds) {
        Admins.check(actor, "ban users from the app");
        Constraints.checkUserId("userId", userId);
        Constraints.checkOptionalText("reason", reason, MAX_REASON);
        if (durationSeconds != null && (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS)) {
            throw ParleyException.invalid("durationSeconds must be between 1 and " + MAX_DURATION_SECONDS
                    + " (omit it for no end)");
        }
        if (userId.equals(actor.userId())) {
            throw ParleyException.invalid("you cannot ban yourself");
        }
        store.requireDelivery();
        Instant now = clock.instant();
        Instant until = durationSeconds == null ? null : now.plus(Duration.ofSeconds(durationSeconds));
        AppBan ban = new AppBan(userId, reason, actor.userId(), now, until);
        return store.write(repos -> {
            repos.users().find(userId).orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND,
                    "no user " + userId));
            String before = repos.appBans().find(userId).filter(b -> b.activeAt(now)).map(AppBanService::describe)
                    .orElse(null);
            repos.appBans().put(ban);
            // Ends the user's sessions and drops their verified tokens on every node; their tokens
            // are not revoked, so they work again once the ban ends or is lifted.
            repos.record(new Event.TokensRevoked(userId, now.getEpochSecond() + 1));
            audit.write(repos, actor, "user.ban", "user", userId, before, describe(ban));
            return ban;
        });
    }

    /** Lifts the user's app ban; false when there was none. */
    public boolean lift(Actor actor, String userId) {
        Admins.check(actor, "lift app bans");
        Constraints.checkUserId("userId", userId);
        return store.write(repos -> {
            var existing = repos.appBans().find(userId);
            if (existing.isEmpty() || !repos.appBans().remove(userId)) {
                return false;
            }
            audit.write(repos, actor, "user.unban", "user", userId, describe(existing.get()), null);
            return true;
        });
    }

    /** Throws 403 {@code banned} when the ban is in force at {@code now}: the token verifier's check. */
    public static void checkNotBanned(java.util.Optional<AppBan> ban, Instant now) {
        if (ban.isPresent() && ban.get().activeAt(now)) {
            AppBan b = ban.get();
            throw new ParleyException(ErrorCode.BANNED, "you are banned from this app"
                    + (b.expiresAt() == null ? "" : " until " + b.expiresAt())
                    + (b.reason() == null ? "" : ": " + b.reason()));
        }
    }

    static String describe(AppBan ban) {
        return "ban" + (ban.reason() == null ? "" : ", reason: " + ban.reason())
                + (ban.expiresAt() == null ? ", no end" : ", until " + ban.expiresAt());
    }
}
