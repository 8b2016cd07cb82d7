package dev.parley.server.ws;

import dev.parley.core.error.ParleyException;
import dev.parley.core.read.ReadService;
import dev.parley.protocol.ws.AckFrame;
import dev.parley.protocol.ws.ReadFrame;
import dev.parley.server.protocol.WireMapper;

/** {@code read}: moves the read mark, as {@code POST …/read} does; acked only when the frame has a ref. */
final class ReadHandler implements FrameHandler {
    private final ReadService reads;
    private final Replies replies;

    ReadHandler(ReadService reads, Replies replies) {
        this.reads = reads;
        this.replies = replies;
    }

    @Override
    public void handle(WsSession session, ClientFrame frame) {
        ReadFrame read = replies.bind(frame, ReadFrame.class);
        if (read.seq() == null) {
            throw ParleyException.invalid("seq is required");
        }
        var mark = reads.markRead(session.actor(), Replies.required("roomId", read.roomId()), read.seq());
        if (frame.ref() != null) {
            session.reply(replies.frames().write(AckFrame.of(frame.ref(), WireMapper.readMark(mark))));
        }
    }
}
