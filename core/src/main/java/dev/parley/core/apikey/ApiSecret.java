package dev.parley.core.apikey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's API secret as stored for every node: the one in force ({@code version} grows by one
 * per rotation) and, after a rotation, the one it replaced, still accepted until
 * {@code previousValidUntil}.
 */
public record ApiSecret(long version, String secret, Instant createdAt, String previousSecret,
        Instant previousValidUntil) {

    /** The first stored secret: the one the configuration or the data dir's credentials file gives. */
    public static ApiSecret initial(String secret, Instant now) {
        return new ApiSecret(1, secret, now, null, null);
    }

    /** The secrets a credential may be signed with at {@code now}: the current one first. */
    public List<String> verifying(Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousInForce(now)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /** Whether the replaced secret is still accepted at {@code now}. */
    public boolean previousInForce(Instant now) {
        return previousSecret != null && previousValidUntil != null && now.isBefore(previousValidUntil);
    }

    /** This secret replaced by {@code next}, the current one staying valid until {@code overlapUntil}. */
    public ApiSecret rotatedTo(String next, Instant now, Instant overlapUntil) {
        return new ApiSecret(version + 1, next, now, secret, overlapUntil);
    }
}
