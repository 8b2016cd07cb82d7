package dev.parley.server.delivery;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Credential;
import java.util.Set;
import java.util.UUID;

/**
 * One authenticated client connection as the fan-out sees it, whatever its transport (the
 * native WebSocket today; Socket.IO and others next to it). A recipient never blocks the
 * thread that delivers to it.
 */
public interface Recipient {
    String id();

    String userId();

    Credential credential();

    /** A changed app role takes effect on the next request of this connection; true when the role changed. */
    boolean actorChanged(Actor actor);

    /** The rooms whose events this recipient receives (kept by {@link Recipients}). */
    Set<UUID> rooms();

    /** A live event: queued for the client, never blocking. */
    void deliver(Delivery delivery);

    /** The recipient left the room: what it was given there no longer counts. */
    void forget(UUID roomId);

    /** Ends the connection with {@code ending}; queued frames are dropped. */
    void end(Ending ending, String reason);
}
