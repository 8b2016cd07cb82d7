package dev.parley.server.ws;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.RoomReplay;
import dev.parley.core.message.SyncService;
import dev.parley.protocol.ws.SyncDoneFrame;
import dev.parley.protocol.ws.SyncErrorFrame;
import dev.parley.protocol.ws.SyncGapFrame;
import dev.parley.server.delivery.DeliveryLedger;
import dev.parley.server.protocol.EventFrames;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code sync} (and an {@code auth} frame with {@code rooms}): replays what the client missed; live events wait until it is out. */
final class SyncHandler implements FrameHandler {
    private final SyncService sync;
    private final Replies replies;

    SyncHandler(SyncService sync, Replies replies) {
        this.sync = sync;
        this.replies = replies;
    }

    @Override
    public void handle(WsSession session, ClientFrame frame) throws InterruptedException {
        Map<String, Long> rooms = rooms(frame.body().get("rooms"));
        DeliveryLedger ledger = session.ledger();
        ledger.holdAll();
        try {
            for (RoomReplay replay : sync.missed(session.actor(), rooms)) {
                replay(session, replay);
            }
        } finally {
            ledger.releaseAll();
        }
        session.reply(replies.frames().write(new SyncDoneFrame()));
    }

    private void replay(WsSession session, RoomReplay replay) throws InterruptedException {
        Frames frames = replies.frames();
        if (replay.outcome() == RoomReplay.Outcome.NOT_VISIBLE) {
            session.reply(frames.write(new SyncErrorFrame(replay.roomId(), ErrorCode.ROOM_NOT_FOUND.code())));
            return;
        }
        if (replay.joined() != null) {
            session.ledger().replayFrame(frames.write(EventFrames.joined(replay)));
        }
        if (replay.outcome() == RoomReplay.Outcome.GAP) {
            session.reply(frames.write(new SyncGapFrame(replay.roomId(), replay.fromSeq(), replay.toSeq())));
            return;
        }
        var replayed = replay.messages().stream()
                .map(message -> new DeliveryLedger.Replayed(message.seq(), frames.replayed(message, replay.toSeq())))
                .toList();
        if (!replayed.isEmpty()) {
            session.ledger().replay(replay.messages().getFirst().roomId(), replayed);
        }
    }

    private Map<String, Long> rooms(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ParleyException.invalid("sync needs rooms: {roomId: lastSeq, …}");
        }
        try {
            return replies.convert(node, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalid("rooms must map room ids to the last seq held (numbers)");
        }
    }
}
