package dev.parley.server.ws;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.Posted;
import dev.parley.protocol.ws.SendFrame;
import dev.parley.server.protocol.WireMapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * {@code message.send}: the same core send as {@code POST …/messages}, without waiting for the
 * commit (the session's next sends join the same group commit). The ack comes before the echo:
 * the session's ledger lets whichever comes first — the echo or the commit — write it.
 */
final class SendHandler implements FrameHandler {
    private final MessageService messages;
    private final Replies replies;
    private final Executor answers;

    SendHandler(MessageService messages, Replies replies, Executor answers) {
        this.messages = messages;
        this.replies = replies;
        this.answers = answers;
    }

    @Override
    public void handle(WsSession session, ClientFrame frame) throws InterruptedException {
        SendFrame send = replies.bind(frame, SendFrame.class);
        String ref = frame.ref();
        Uuids.parse("roomId", Replies.required("roomId", send.roomId()));
        String clientId = Replies.required("clientId", send.clientId());
        var draft = new MessageDraft(send.text(), clientId, send.parentId(),
                WireMapper.attachments(send.attachments()), Boolean.TRUE.equals(send.streaming()));
        session.startSend();
        boolean ackByEcho = session.ledger().expectAck(clientId, ref);
        CompletableFuture<Posted> commit;
        try {
            commit = messages.postAsync(session.actor(), send.roomId(), draft);
        } catch (ParleyException e) {
            finishFailed(session, ref, clientId, ackByEcho, e);
            return;
        }
        commit.whenCompleteAsync((posted, failure) -> {
            if (failure != null) {
                finishFailed(session, ref, clientId, ackByEcho, unwrap(failure));
                return;
            }
            if (ackByEcho) {
                session.ledger().acknowledge(clientId, posted.message());
            } else {
                session.reply(replies.frames().ack(ref, posted.message()));
            }
            session.sendDone();
        }, answers);
    }

    private void finishFailed(WsSession session, String ref, String clientId, boolean ackByEcho, ParleyException e) {
        if (ackByEcho) {
            session.ledger().forgetAck(clientId);
        }
        replies.error(session, ref, e);
        session.sendDone();
    }

    private static ParleyException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ParleyException problem ? problem
                : new ParleyException(ErrorCode.UNAVAILABLE, "the message could not be stored; retry with its clientId",
                        cause);
    }
}
