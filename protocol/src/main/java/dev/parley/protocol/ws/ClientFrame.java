package dev.parley.protocol.ws;

/** A frame the client sends; any may carry a {@code ref} the server echoes in its answer. */
public sealed interface ClientFrame permits AuthFrame, SendFrame, ReadFrame, TypingFrame, SyncFrame, PingFrame,
        CallSignalFrame {
    String type();
}
