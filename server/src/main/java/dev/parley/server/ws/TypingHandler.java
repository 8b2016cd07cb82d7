package dev.parley.server.ws;

import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.TypingFrame;

/** {@code typing}: relayed to the room's other members (rate-limited by the core). */
final class TypingHandler implements FrameHandler {
    private final TypingService typing;
    private final Replies replies;

    TypingHandler(TypingService typing, Replies replies) {
        this.typing = typing;
        this.replies = replies;
    }

    @Override
    public void handle(WsSession session, ClientFrame frame) {
        typing.typing(session.actor(), Replies.required("roomId", replies.bind(frame, TypingFrame.class).roomId()));
    }
}
