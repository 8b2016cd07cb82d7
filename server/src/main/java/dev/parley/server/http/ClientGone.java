package dev.parley.server.http;

import org.eclipse.jetty.io.EofException;

/**
 * Whether a request failed only because its client went away — the connection reset or closed
 * mid-request (Jetty's {@link EofException}, possibly wrapped): a WebSocket upgrade whose client
 * hung up, a download cancelled. Nothing is wrong with the server and no answer can reach the
 * client, so such failures are not logged as errors.
 */
final class ClientGone {
    private ClientGone() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException) {
                return true;
            }
        }
        return false;
    }
}
