package dev.parley.server.ws;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.message.RoomReplay;
import dev.parley.core.message.SyncService;
import dev.parley.protocol.ws.SyncDoneFrame;
import dev.parley.protocol.ws.SyncErrorFrame;
import dev.parley.protocol.ws.SyncGapFrame;
import dev.parley.server.delivery.DeliveryLedger;
import dev.parley.server.protocol.EventFrames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code sync} (and an {@code auth} frame with {@code rooms}): replays what the client missed —
 * new messages, and every other change of the rooms it gives a change position for — in each
 * room's order; live events wait until it is out.
 */
final class SyncHandler implements FrameHandler {
    private final SyncService sync;
    private final Replies replies;

    SyncHandler(SyncService sync, Replies replies) {
        this.sync = sync;
        this.replies = replies;
    }

    @Override
    public void handle(WsSession session, ClientFrame frame) throws InterruptedException {
        Map<String, Long> rooms = positions(frame.body().get("rooms"), "rooms", "seq");
        JsonNode changesNode = frame.body().get("changes");
        Map<String, Long> changes = changesNode == null || changesNode.isNull() ? Map.of()
                : positions(changesNode, "changes", "change");
        DeliveryLedger ledger = session.ledger();
        ledger.holdAll();
        try {
            for (RoomReplay replay : sync.missed(session.actor(), rooms, changes)) {
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
            session.reply(frames.write(new SyncGapFrame(replay.roomId(), replay.from().lastSeq() + 1,
                    replay.now().lastSeq())));
            return;
        }
        long lastSeq = replay.now().lastSeq();
        var replayed = replay.events().stream().map(event -> switch (event) {
            case Event.MessagePosted posted ->
                    DeliveryLedger.Replayed.message(posted.message().seq(), frames.replayed(posted.message(), lastSeq));
            case Event.RoomChange change -> DeliveryLedger.Replayed.change(change.change(), frames.replayed(change));
            default -> throw new IllegalStateException("a replay holds messages and changes only");
        }).toList();
        // Even an empty replay tells the ledger what the client holds now: a late live event below it repeats.
        session.ledger().replay(UUID.fromString(replay.roomId()), replayed, replay.now());
    }

    /** {@code {roomId: number, …}}; {@code field} names it in the error, {@code what} the number. */
    private Map<String, Long> positions(JsonNode node, String field, String what) {
        if (node == null || !node.isObject()) {
            throw ParleyException.invalid("sync needs " + field + ": {roomId: last " + what + " held, …}");
        }
        try {
            return replies.convert(node, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalid(field + " must map room ids to the last " + what + " held (numbers)");
        }
    }
}
