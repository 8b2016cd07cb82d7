package dev.parley.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.auth.AuthService;
import dev.parley.core.auth.Credential;
import dev.parley.core.error.ParleyException;
import dev.parley.core.room.RoomService;
import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.AuthFrame;
import dev.parley.protocol.ws.PresenceSnapshotFrame;
import dev.parley.protocol.ws.ReadyFrame;
import dev.parley.server.delivery.DeliveryService;
import dev.parley.server.delivery.Ending;
import java.util.Set;

/**
 * A session's first frame: {@code auth}. Verifies the token, attaches the session to the
 * node's delivery (its rooms are read after it hears membership changes, so none is missed),
 * answers {@code ready} and the presence snapshot, and replays what the client missed when the
 * frame asks for it — all before any live event reaches the client.
 */
final class SessionOpening {
    /** Most users a presence snapshot looks at. */
    static final int SNAPSHOT_PEERS = 5000;

    private final AuthService auth;
    private final RoomService rooms;
    private final DeliveryService delivery;
    private final Replies replies;
    private final SyncHandler sync;
    private final int replayLimit;

    SessionOpening(AuthService auth, RoomService rooms, DeliveryService delivery, Replies replies, SyncHandler sync,
            int replayLimit) {
        this.auth = auth;
        this.rooms = rooms;
        this.delivery = delivery;
        this.replies = replies;
        this.sync = sync;
        this.replayLimit = replayLimit;
    }

    void open(WsSession session, String type, JsonNode frame) throws InterruptedException {
        if (!AuthFrame.TYPE.equals(type)) {
            session.end(Ending.UNAUTHENTICATED, "the first frame must be auth");
            return;
        }
        Credential credential;
        try {
            credential = auth.authenticate(frame.path("token").asText(""));
        } catch (ParleyException e) {
            session.end(Ending.UNAUTHENTICATED, e.code().code());
            return;
        }
        session.authenticated(credential);
        // Live events wait until ready (and the replay, if the auth frame asks for one) is out.
        session.ledger().holdAll();
        try {
            delivery.register(session);
            delivery.loaded(session, rooms.positionsOf(credential.actor()));
            Frames frames = replies.frames();
            String user = credential.actor().userId();
            session.reply(frames.write(new ReadyFrame(user, session.id(), replayLimit,
                    TypingService.EXPIRES.toMillis())));
            Set<String> around = delivery.online(rooms.peersOf(credential.actor(), SNAPSHOT_PEERS));
            session.reply(frames.write(new PresenceSnapshotFrame(around)));
            delivery.announce(session);
            if (frame.has("rooms")) {
                sync.handle(session, new ClientFrame(type, null, frame));
            }
        } catch (ParleyException e) {
            replies.error(session, null, e);
        } finally {
            session.ledger().releaseAll();
        }
    }
}
