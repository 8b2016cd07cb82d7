package dev.parley.server.ws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.Posted;
import dev.parley.core.message.RoomReplay;
import dev.parley.core.message.SyncService;
import dev.parley.core.read.ReadService;
import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.AckFrame;
import dev.parley.protocol.ws.ErrorFrame;
import dev.parley.protocol.ws.PongFrame;
import dev.parley.protocol.ws.ReadFrame;
import dev.parley.protocol.ws.SendFrame;
import dev.parley.protocol.ws.SyncDoneFrame;
import dev.parley.protocol.ws.SyncErrorFrame;
import dev.parley.protocol.ws.SyncGapFrame;
import dev.parley.protocol.ws.TypingFrame;
import dev.parley.server.protocol.EventFrames;
import dev.parley.server.protocol.WireMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Turns the frames of an authenticated session into calls of the core services (the same
 * ones the REST API calls) and writes the replies. One frame at a time per session.
 */
final class FrameDispatcher {
    private static final int MAX_REF = 64;

    private final ObjectMapper mapper;
    private final Frames frames;
    private final MessageService messages;
    private final ReadService reads;
    private final TypingService typing;
    private final SyncService sync;
    private final Executor answers;

    FrameDispatcher(ObjectMapper mapper, Frames frames, MessageService messages, ReadService reads,
            TypingService typing, SyncService sync, Executor answers) {
        this.mapper = mapper;
        this.frames = frames;
        this.messages = messages;
        this.reads = reads;
        this.typing = typing;
        this.sync = sync;
        this.answers = answers;
    }

    /** @param type null when the frame is not a JSON object with a string {@code type} */
    void dispatch(WsSession session, String type, JsonNode frame) throws InterruptedException {
        String ref;
        try {
            ref = ref(frame);
        } catch (ParleyException e) {
            error(session, null, e.code().code(), e.detail());
            return;
        }
        if (type == null) {
            error(session, ref, "malformed_frame", "a frame is a JSON object with a \"type\"");
            return;
        }
        try {
            switch (type) {
                case "message.send" -> send(session, ref, bind(frame, SendFrame.class));
                case "read" -> read(session, ref, bind(frame, ReadFrame.class));
                case "typing" -> typing.typing(session.actor(), required("roomId",
                        bind(frame, TypingFrame.class).roomId()));
                case "sync" -> sync(session, frame);
                case "ping" -> session.reply(frames.write(new PongFrame(ref)));
                case "auth" -> error(session, ref, "already_authenticated", "this session is authenticated already");
                default -> error(session, ref, "unknown_type", "unknown frame type '" + type + "'");
            }
        } catch (ParleyException e) {
            error(session, ref, e.code().code(), e.detail());
        }
    }

    void error(WsSession session, String ref, String code, String detail) {
        session.reply(frames.write(new ErrorFrame(ref, code, detail)));
    }

    private void send(WsSession session, String ref, SendFrame frame) throws InterruptedException {
        Uuids.parse("roomId", required("roomId", frame.roomId()));
        String clientId = required("clientId", frame.clientId());
        var draft = new MessageDraft(frame.text(), clientId, frame.parentId(),
                WireMapper.attachments(frame.attachments()));
        session.startSend();
        // The echo of the message acks it if it comes first (ack before echo, without holding the room).
        boolean ackByEcho = session.expectAck(clientId, ref);
        CompletableFuture<Posted> commit;
        try {
            commit = messages.postAsync(session.actor(), frame.roomId(), draft);
        } catch (ParleyException e) {
            finishFailed(session, ref, clientId, ackByEcho, e);
            return;
        }
        // Not waiting for the commit lets the session's next sends join the same group commit.
        commit.whenCompleteAsync((posted, failure) -> {
            if (failure != null) {
                finishFailed(session, ref, clientId, ackByEcho, unwrap(failure));
                return;
            }
            if (ackByEcho) {
                session.acknowledge(clientId, posted.message());
            } else {
                session.reply(frames.ack(ref, posted.message()));
            }
            session.sendDone();
        }, answers);
    }

    private void finishFailed(WsSession session, String ref, String clientId, boolean ackByEcho, ParleyException e) {
        if (ackByEcho) {
            session.forgetAck(clientId);
        }
        error(session, ref, e.code().code(), e.detail());
        session.sendDone();
    }

    private static ParleyException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ParleyException problem ? problem
                : new ParleyException(ErrorCode.UNAVAILABLE, "the message could not be stored; retry with its clientId",
                        cause);
    }

    private void read(WsSession session, String ref, ReadFrame frame) {
        if (frame.seq() == null) {
            throw ParleyException.invalid("seq is required");
        }
        var mark = reads.markRead(session.actor(), required("roomId", frame.roomId()), frame.seq());
        if (ref != null) {
            session.reply(frames.write(AckFrame.of(ref, WireMapper.readMark(mark))));
        }
    }

    /** Replays what the client missed; live events wait until the replay is out. */
    void sync(WsSession session, JsonNode frame) throws InterruptedException {
        Map<String, Long> rooms = rooms(frame.get("rooms"));
        session.holdAll();
        try {
            for (RoomReplay replay : sync.missed(session.actor(), rooms)) {
                replay(session, replay);
            }
        } finally {
            session.releaseAll();
        }
        session.reply(frames.write(new SyncDoneFrame()));
    }

    private void replay(WsSession session, RoomReplay replay) throws InterruptedException {
        if (replay.outcome() == RoomReplay.Outcome.NOT_VISIBLE) {
            session.reply(frames.write(new SyncErrorFrame(replay.roomId(), ErrorCode.ROOM_NOT_FOUND.code())));
            return;
        }
        if (replay.joined() != null) {
            session.replayFrame(frames.write(EventFrames.joined(replay)));
        }
        if (replay.outcome() == RoomReplay.Outcome.GAP) {
            session.reply(frames.write(new SyncGapFrame(replay.roomId(), replay.fromSeq(), replay.toSeq())));
            return;
        }
        var replayed = replay.messages().stream()
                .map(message -> new WsSession.Replayed(message.seq(), frames.replayed(message, replay.toSeq())))
                .toList();
        if (!replayed.isEmpty()) {
            session.replay(replay.messages().getFirst().roomId(), replayed);
        }
    }

    private Map<String, Long> rooms(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ParleyException.invalid("sync needs rooms: {roomId: lastSeq, …}");
        }
        try {
            return mapper.convertValue(node, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalid("rooms must map room ids to the last seq held (numbers)");
        }
    }

    private <T> T bind(JsonNode frame, Class<T> type) {
        try {
            return mapper.treeToValue(frame, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw ParleyException.invalid("the " + frame.path("type").asText() + " frame does not fit: "
                    + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()));
        }
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw ParleyException.invalid(field + " is required");
        }
        return value;
    }

    /** The frame's {@code ref} (null when absent); a ref that is not a string of 1-64 characters is refused. */
    static String ref(JsonNode frame) {
        JsonNode ref = frame == null ? null : frame.get("ref");
        if (ref == null || ref.isNull()) {
            return null;
        }
        if (!ref.isTextual() || ref.asText().isEmpty() || ref.asText().length() > MAX_REF) {
            throw ParleyException.invalid("ref must be a string of 1-" + MAX_REF + " characters");
        }
        return ref.asText();
    }
}
