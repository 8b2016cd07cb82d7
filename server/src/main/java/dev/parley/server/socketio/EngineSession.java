package dev.parley.server.socketio;

import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One Engine.IO 4 connection: its {@code sid}, its transport — HTTP long-polling (packets wait
 * in a {@link PollQueue} for the next GET) or a WebSocket, polling first and upgraded later —
 * and its heartbeat: a ping every {@code pingInterval}, closed when no pong came within
 * {@code pingTimeout}. What the client sends is handed, packet by packet and in order, to the
 * {@link Listener} (the Socket.IO layer).
 */
final class EngineSession {
    /** The Socket.IO side of an Engine.IO connection. */
    interface Listener {
        /** The data of a message packet. A {@link EnginePackets.BadPacket} closes the connection. */
        void message(String data) throws InterruptedException;

        /** The connection closed, for any reason; called once. */
        void closed();
    }

    private final String sid;
    private final String authorization;
    private final ParleyConfig.SocketIo settings;
    private final BiConsumer<Runnable, Duration> timer;
    private final Consumer<EngineSession> onClose;
    private final PollQueue poll = new PollQueue();
    private final Object inbound = new Object();
    private Listener listener;
    private Session socket;
    private Session probe;
    private boolean closed;
    private long pingsSent;
    private long pongs;

    EngineSession(String sid, String authorization, ParleyConfig.SocketIo settings, BiConsumer<Runnable, Duration> timer,
            Consumer<EngineSession> onClose) {
        this.sid = sid;
        this.authorization = authorization;
        this.settings = settings;
        this.timer = timer;
        this.onClose = onClose;
    }

    String sid() {
        return sid;
    }

    /** The {@code Authorization} header of the request that opened the connection, or null. */
    String authorization() {
        return authorization;
    }

    /** Starts the heartbeat; {@code listener} hears the client from now on. */
    void start(Listener socketLayer) {
        synchronized (this) {
            this.listener = socketLayer;
        }
        timer.accept(this::ping, settings.pingInterval());
    }

    /** A WebSocket from the start (no polling): it carries every packet. */
    synchronized void useSocket(Session webSocket) {
        this.socket = webSocket;
    }

    synchronized boolean polling() {
        return socket == null && !closed;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Queues or writes a packet; dropped once closed. */
    void send(String packet) {
        send(packet, null, null);
    }

    /** Writes a packet; {@code written} runs once it left (a GET took it, or the socket wrote it). */
    synchronized void send(String packet, Runnable written, Consumer<Throwable> failed) {
        if (closed) {
            return;
        }
        if (socket != null) {
            socket.sendText(packet, written == null ? Callback.NOOP : Callback.from(written, failed));
        } else {
            poll.add(packet, written);
        }
    }

    /** A polling GET: the packets waiting, or null when another GET is waiting already. */
    PollQueue.Taken take() throws InterruptedException {
        return poll.take(settings.pingInterval().plus(settings.pingTimeout()));
    }

    /** A WebSocket that offers to replace polling: it answers the probe ({@code 2probe} → {@code 3probe}). */
    synchronized boolean probing(Session candidate) {
        if (closed || socket != null || probe != null) {
            return false;
        }
        probe = candidate;
        return true;
    }

    /** A text frame of the probing WebSocket. */
    void probeFrame(Session candidate, String text) {
        synchronized (this) {
            if (candidate != probe || closed) {
                return;
            }
            if ("2probe".equals(text)) {
                candidate.sendText("3probe", Callback.NOOP);
                // Releases the waiting GET, so the client can pause polling and upgrade.
                poll.add(String.valueOf(EnginePackets.NOOP), null);
                return;
            }
            if (String.valueOf(EnginePackets.UPGRADE).equals(text)) {
                upgradeTo(candidate);
                return;
            }
        }
        close("the upgrade expects 2probe, then 5");
    }

    /**
     * The socket carries every packet from now on; what waited for a GET goes first. The socket
     * is the transport before anything is written: a writer's callback may run at once and
     * send more (the outbox's pump), and that must go to the socket, after what waited, never
     * to a poll queue no GET will read again.
     */
    private void upgradeTo(Session candidate) {
        socket = candidate;
        probe = null;
        List<PollQueue.Entry> waiting = poll.drain();
        for (PollQueue.Entry entry : waiting) {
            candidate.sendText(entry.packet(), Callback.NOOP);
        }
        // Only once every waiting packet is on the socket: a callback that sends more comes after them.
        for (PollQueue.Entry entry : waiting) {
            if (entry.taken() != null) {
                entry.taken().run();
            }
        }
    }

    /** The probing socket closed before the upgrade: polling goes on. */
    synchronized void probeClosed(Session candidate) {
        if (probe == candidate) {
            probe = null;
        }
    }

    synchronized boolean carriedBy(Session webSocket) {
        return socket == webSocket;
    }

    /** One packet from the client, from a polling POST or a WebSocket frame. */
    void receive(String packet) throws InterruptedException {
        char type = EnginePackets.type(packet);
        switch (type) {
            case EnginePackets.MESSAGE -> {
                Listener socketLayer;
                synchronized (this) {
                    socketLayer = closed ? null : listener;
                }
                if (socketLayer != null) {
                    synchronized (inbound) {
                        socketLayer.message(packet.substring(1));
                    }
                }
            }
            case EnginePackets.PONG -> pong();
            case EnginePackets.PING -> send(EnginePackets.PONG + packet.substring(1));
            case EnginePackets.CLOSE -> close("the client closed the connection");
            case EnginePackets.NOOP, EnginePackets.BINARY -> {
                // Nothing to do; binary data is not accepted and is dropped.
            }
            default -> throw new EnginePackets.BadPacket("a client does not send Engine.IO packet type " + type
                    + " here");
        }
    }

    /** Ends the connection (the Socket.IO layer hears it once); a polling client gets a close packet. */
    void close(String reason) {
        close(1000, reason);
    }

    /** As {@link #close(String)}; a WebSocket is closed with {@code code}. */
    void close(int code, String reason) {
        Session webSocket;
        Session probing;
        Listener socketLayer;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            webSocket = socket;
            probing = probe;
            socketLayer = listener;
        }
        poll.close();
        if (webSocket != null) {
            webSocket.close(code, reason, Callback.NOOP);
        }
        if (probing != null) {
            probing.close(1000, reason, Callback.NOOP);
        }
        onClose.accept(this);
        if (socketLayer != null) {
            socketLayer.closed();
        }
    }

    private void ping() {
        long sent;
        synchronized (this) {
            if (closed) {
                return;
            }
            sent = ++pingsSent;
        }
        send(String.valueOf(EnginePackets.PING));
        timer.accept(() -> {
            boolean answered;
            synchronized (this) {
                answered = pongs >= sent;
            }
            if (!answered) {
                close("ping timeout");
            }
        }, settings.pingTimeout());
    }

    private void pong() {
        boolean schedule;
        synchronized (this) {
            schedule = pongs < pingsSent;
            pongs = pingsSent;
        }
        if (schedule) {
            timer.accept(this::ping, settings.pingInterval());
        }
    }
}
