package dev.parley.server.cli;

import dev.parley.server.ParleyNode;
import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Starts a node; a port already taken becomes one line naming the setting to change. */
final class Listening {
    private Listening() {
    }

    static ParleyNode start(ParleyConfig config) {
        checkFree(config.http());
        try {
            return ParleyNode.start(config);
        } catch (RuntimeException e) {
            if (!causedByBind(e)) {
                throw e;
            }
            throw inUse(config.http(), e);
        }
    }

    /** Tries the port before the database is opened: the common case fails at once, without other noise. */
    private static void checkFree(ParleyConfig.Http http) {
        if (http.port() == 0) {
            return;
        }
        try (var probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(http.host(), http.port()));
        } catch (BindException e) {
            throw inUse(http, e);
        } catch (IOException e) {
            // Anything else (an unknown host, …) is reported by the server's own start.
        }
    }

    private static CliFailure inUse(ParleyConfig.Http http, Exception cause) {
        return new CliFailure("port " + http.port() + " on " + http.host() + " is already in use; stop what listens"
                + " there, or pick another port with --http-port, PARLEY_HTTP_PORT or http.port in the config file"
                + " (0 picks a free one)", 1, cause);
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
