package dev.parley.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ParleyConfig;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.Test;

/**
 * The polling → WebSocket upgrade hands over what waited for a GET. A writer's callback that
 * runs at once (a socket write that completes inside {@code sendText}) and sends more — as the
 * outbox's pump does — must reach the socket after what waited, not a poll queue nobody reads:
 * that lost a Socket.IO client's deliveries after a burst on a cold node.
 */
class EngineSessionUpgradeTest {
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final Session socket = socketCompletingWritesAtOnce(written);
    private final EngineSession engine = new EngineSession("sid", null, ParleyConfig.SocketIo.DEFAULT,
            (task, delay) -> { }, closed -> { });

    @Test
    void packetsSentByACallbackDuringTheUpgradeFollowTheWaitingOnesOnTheSocket() {
        engine.send("4first", () -> engine.send("4second", () -> engine.send("4third"), failure -> { }), failure -> { });
        engine.send("2");

        assertThat(engine.probing(socket)).isTrue();
        engine.probeFrame(socket, "2probe");
        engine.probeFrame(socket, "5");

        assertThat(written).filteredOn(packet -> !packet.equals("6"))
                .containsExactly("3probe", "4first", "2", "4second", "4third");
        assertThat(engine.polling()).isFalse();
    }

    @Test
    void afterTheUpgradeEveryPacketGoesToTheSocket() {
        assertThat(engine.probing(socket)).isTrue();
        engine.probeFrame(socket, "2probe");
        engine.probeFrame(socket, "5");
        written.clear();

        engine.send("4later", () -> engine.send("4after"), failure -> { });

        assertThat(written).containsExactly("4later", "4after");
    }

    /** A socket whose writes complete inside {@code sendText}, as Jetty's do when the kernel takes the bytes at once. */
    private static Session socketCompletingWritesAtOnce(List<String> written) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "sendText" -> {
                        written.add((String) args[0]);
                        ((Callback) args[1]).succeed();
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "socket";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
