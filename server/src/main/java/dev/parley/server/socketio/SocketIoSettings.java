package dev.parley.server.socketio;

import java.time.Duration;

/**
 * The Engine.IO timings and limits the server announces in its handshake: a ping every
 * {@code pingInterval}; a client that has not answered within {@code pingTimeout} is closed;
 * a packet or a polling payload is at most {@code maxPayload} bytes; a client that has not
 * connected to a namespace within {@code connectTimeout} is closed.
 */
public record SocketIoSettings(Duration pingInterval, Duration pingTimeout, int maxPayload, Duration connectTimeout,
        int outboxSize) {
    /** Engine.IO's own defaults for the timings (25 s, 20 s), a smaller payload limit than its 1 MB. */
    public static final SocketIoSettings DEFAULT = new SocketIoSettings(Duration.ofSeconds(25), Duration.ofSeconds(20),
            100_000, Duration.ofSeconds(45), 1024);
}
