package dev.parley.server.ws;

import dev.parley.server.delivery.Ending;
import dev.parley.server.delivery.FrameSink;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A Jetty WebSocket as the outbox sees it: text frames out, and the protocol's close codes. */
final class JettyConnection implements FrameSink {
    static final int CLOSE_UNAUTHENTICATED = 4401;
    static final int CLOSE_SLOW_CONSUMER = 4408;
    static final int CLOSE_RESTARTING = 1012;
    static final int CLOSE_BROKEN = 1011;

    private final Session socket;

    JettyConnection(Session socket) {
        this.socket = socket;
    }

    @Override
    public void write(String frame) {
        socket.sendText(frame, Callback.NOOP);
    }

    @Override
    public void write(String frame, Runnable written, Consumer<Throwable> failed) {
        socket.sendText(frame, Callback.from(written, failed));
    }

    @Override
    public void end(Ending ending, String reason) {
        socket.close(code(ending), reason, Callback.NOOP);
    }

    static int code(Ending ending) {
        return switch (ending) {
            case UNAUTHENTICATED -> CLOSE_UNAUTHENTICATED;
            case SLOW_CONSUMER -> CLOSE_SLOW_CONSUMER;
            case RESTARTING -> CLOSE_RESTARTING;
            case BROKEN -> CLOSE_BROKEN;
        };
    }
}
