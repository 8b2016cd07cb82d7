package dev.parley.core.stream;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.id.Uuids;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.message.LocatedMessage;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLimits;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replies that their author (a bot) streams: a message posted with {@code streaming: true}
 * grows by {@link #append}s — stored at once, so history and sync show the text so far, and
 * relayed to the room as coalesced {@link Event.MessageDelta}s — until its author ends it
 * ({@code final}) or it stays idle longer than {@code idleAfter}; the end is one
 * {@link Event.MessageEdited} ({@code message.updated}) with the whole text. Members may ask the
 * author to stop ({@link Event.StreamStopRequested}). An append is a post: a banned or muted
 * author, or one in a frozen room who may not freeze it, is refused as a send is.
 */
public final class StreamService {
    private static final int IDLE_BATCH = 100;

    private final Transactor store;
    private final Clock clock;
    private final MessageLimits limits;
    private final DeltaBuffer deltas;
    private final Duration idleAfter;
    private final LiveGrants grants;

    public StreamService(Transactor store, Clock clock, MessageLimits limits, DeltaBuffer deltas, Duration idleAfter,
            LiveGrants grants) {
        this.store = store;
        this.grants = grants;
        this.clock = clock;
        this.limits = limits;
        this.deltas = deltas;
        this.idleAfter = idleAfter;
    }

    /** How long a stream may go without an append before {@link #closeIdle} ends it. */
    public Duration idleAfter() {
        return idleAfter;
    }

    /**
     * Appends {@code text} to the author's streaming message; {@code last} ends the stream (the
     * text may then be empty). Returns the message as it is now.
     */
    public Message append(Actor actor, String roomId, String messageId, String text, boolean last) {
        String piece = text == null ? "" : Constraints.checkText("append", text, 0, limits.maxTextLength());
        if (piece.isEmpty() && !last) {
            throw ParleyException.invalid("append is required (1-" + limits.maxTextLength()
                    + " characters) unless final is true");
        }
        store.requireDelivery();
        Instant now = clock.instant();
        Appended appended = store.write(repos -> {
            LocatedMessage located = accessOwnStream(repos, actor, roomId, messageId, now);
            Message message = located.message();
            Event.MessageDelta delta = null;
            if (!piece.isEmpty()) {
                String whole = repos.streams().append(message.id(), piece, now).orElseThrow(StreamService::ended);
                checkLength(whole);
                delta = new Event.MessageDelta(message.roomId(), located.lastSeq(), message.id(), message.seq(),
                        whole.length() - piece.length(), piece);
            }
            if (last) {
                return new Appended(finish(repos, message, located.lastSeq()), null);
            }
            return new Appended(LocatedMessage.reload(repos, message), delta);
        });
        if (appended.delta() == null) {
            deltas.discard(appended.message().id());
        } else {
            deltas.add(appended.delta());
        }
        return appended.message();
    }

    /** Asks the author of a streaming message to stop: an event the author (a bot) receives. */
    public void requestStop(Actor actor, String roomId, String messageId) {
        store.requireDelivery();
        store.write(repos -> {
            LocatedMessage located = LocatedMessage.access(repos, actor, roomId, messageId);
            Message message = located.message();
            if (!message.isStreaming()) {
                throw ended();
            }
            repos.record(new Event.StreamStopRequested(message.roomId(), located.lastSeq(), message.id(),
                    message.seq(), message.userId(), actor.userId()));
            return null;
        });
    }

    /**
     * Ends the streams left idle longer than {@code idleAfter}, each with its
     * {@code message.updated}; returns how many it ended. Safe on several nodes at once: a
     * stream is ended once.
     */
    public int closeIdle() {
        Instant cutoff = clock.instant().minus(idleAfter);
        List<OpenStream> idle = store.read(repos -> repos.streams().idleSince(cutoff, IDLE_BATCH));
        int closed = 0;
        for (OpenStream stream : idle) {
            boolean ended = store.write(repos -> {
                if (!repos.streams().endIdle(stream.messageId(), cutoff)) {
                    return false;
                }
                Message message = repos.messages().find(stream.roomId(), stream.messageId()).orElseThrow();
                long lastSeq = repos.rooms().find(stream.roomId()).orElseThrow().lastSeq();
                recordEnd(repos, message, lastSeq);
                return true;
            });
            if (ended) {
                deltas.discard(stream.messageId());
                closed++;
            }
        }
        return closed;
    }

    private record Appended(Message message, Event.MessageDelta delta) {
    }

    private LocatedMessage accessOwnStream(UnitOfWork repos, Actor actor, String roomId, String messageId,
            Instant now) {
        // Banned, muted or frozen out first, as a send is told (a banned author is no member any more).
        UUID room = Uuids.parse("roomId", roomId);
        UUID id = Uuids.parse("messageId", messageId);
        var visible = RoomAccess.accessRoom(repos, actor, room);
        Moderation.checkMayPost(repos, actor, visible, grants.current(), now);
        RoomAccess.checkMember(visible, actor);
        LocatedMessage located = LocatedMessage.in(repos, visible, id);
        Message message = located.message();
        if (!message.userId().equals(actor.userId())) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "only the author of a streaming message may append to it");
        }
        if (message.isDeleted()) {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED, "the message was deleted");
        }
        if (!message.isStreaming()) {
            throw ended();
        }
        return located;
    }

    private Message finish(UnitOfWork repos, Message message, long lastSeq) {
        if (!repos.streams().end(message.id())) {
            throw ended();
        }
        return recordEnd(repos, message, lastSeq);
    }

    private static Message recordEnd(UnitOfWork repos, Message message, long lastSeq) {
        Message done = LocatedMessage.reload(repos, message);
        repos.record(new Event.MessageEdited(done, lastSeq));
        return done;
    }

    private void checkLength(String whole) {
        int length = whole.codePointCount(0, whole.length());
        if (length > limits.maxTextLength()) {
            throw ParleyException.invalid("the streamed text would be " + length + " characters; at most "
                    + limits.maxTextLength() + " are allowed");
        }
    }

    private static ParleyException ended() {
        return new ParleyException(ErrorCode.STREAM_ENDED, "this message is not streaming (its stream has ended)");
    }
}
