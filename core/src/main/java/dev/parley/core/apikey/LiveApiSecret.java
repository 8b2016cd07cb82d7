package dev.parley.core.apikey;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The API secret this node signs and verifies with. It moves only forward: a rotation made on
 * any node is offered with its version, and an older version than the one held is ignored.
 */
public final class LiveApiSecret {
    private final AtomicReference<ApiSecret> current;

    public LiveApiSecret(ApiSecret initial) {
        this.current = new AtomicReference<>(initial);
    }

    public ApiSecret current() {
        return current.get();
    }

    /** Takes {@code secret} unless a newer version is held already; true when taken. */
    public boolean offer(ApiSecret secret) {
        ApiSecret before = current.getAndAccumulate(secret,
                (held, next) -> next.version() > held.version() ? next : held);
        return secret.version() > before.version();
    }
}
