package dev.parley.server.ws;

import dev.parley.core.auth.Credential;
import dev.parley.server.delivery.ClientSession;
import java.util.concurrent.Executor;

/**
 * One native WebSocket client: a {@link ClientSession} written to its Jetty connection, which
 * becomes ready once its {@code auth} frame was verified. The frames it sends are handled by
 * the {@link FrameHandlers}.
 */
final class WsSession extends ClientSession {
    private volatile Credential credential;

    WsSession(String id, JettyConnection connection, int outboxSize, Executor writers, Frames frames) {
        super(id, connection, outboxSize, writers, frames, frames::ack);
    }

    boolean isReady() {
        return credential != null;
    }

    @Override
    public Credential credential() {
        return credential;
    }

    @Override
    public String userId() {
        return credential == null ? null : credential.actor().userId();
    }

    void authenticated(Credential verified) {
        actorChanged(verified.actor());
        this.credential = verified;
    }
}
