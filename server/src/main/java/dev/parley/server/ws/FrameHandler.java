package dev.parley.server.ws;

/**
 * Handles the client frames of one {@code type}. A new kind of client frame is one new
 * handler registered with {@link FrameHandlers}; a {@code ParleyException} it throws becomes an
 * {@code error} frame with the frame's {@code ref}.
 */
interface FrameHandler {
    void handle(WsSession session, ClientFrame frame) throws InterruptedException;
}
