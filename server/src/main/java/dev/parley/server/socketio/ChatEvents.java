package dev.parley.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.Posted;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.RoomService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The client events of {@code /chat}, as Conduit's: {@code message (roomId, text)} is the same
 * core send as {@code POST /v1/rooms/{id}/messages} (same seq, same events; acknowledged with
 * the stored message after the commit, before its echo, when the client asked) and
 * {@code messagesRead (roomId)} moves the caller's read mark to the room's newest message. A
 * refused event is answered in its acknowledgement, or else with an {@code error} event.
 */
final class ChatEvents {
    private final MessageService messages;
    private final RoomService rooms;
    private final ReadService reads;
    private final Executor answers;

    ChatEvents(MessageService messages, RoomService rooms, ReadService reads, Executor answers) {
        this.messages = messages;
        this.rooms = rooms;
        this.reads = reads;
        this.answers = answers;
    }

    void handle(ChatSocket socket, SocketPacket packet) throws InterruptedException {
        JsonNode args = packet.data();
        long ackId = packet.ackId();
        if (args == null || !args.isArray() || args.isEmpty() || !args.get(0).isTextual()) {
            refuse(socket, ackId, "?", "an event is an array whose first item is the event name");
            return;
        }
        String name = args.get(0).asText();
        try {
            switch (name) {
                case "message" -> send(socket, ackId, text(args, 1, "roomId"), text(args, 2, "the message text"));
                case "messagesRead" -> read(socket, ackId, text(args, 1, "roomId"));
                default -> refuse(socket, ackId, name, "unknown event '" + name + "': /chat takes message and messagesRead");
            }
        } catch (ParleyException e) {
            refuse(socket, ackId, name, e.detail());
        }
    }

    /** Refuses a binary event: Parley takes no binary attachments. */
    void refuseBinary(ChatSocket socket, SocketPacket packet) {
        refuse(socket, packet.ackId(), "?", "binary attachments are not accepted; send text");
    }

    private void send(ChatSocket socket, long ackId, String roomId, String text) throws InterruptedException {
        String clientId = socket.nextClientId();
        socket.startSend();
        boolean ackByEcho = ackId >= 0 && socket.ledger().expectAck(clientId, ackId);
        CompletableFuture<Posted> commit;
        try {
            commit = messages.postAsync(socket.actor(), roomId, new MessageDraft(text, clientId, null, null));
        } catch (ParleyException e) {
            failed(socket, ackId, clientId, ackByEcho, e);
            return;
        }
        commit.whenCompleteAsync((posted, failure) -> {
            if (failure != null) {
                failed(socket, ackId, clientId, ackByEcho, unwrap(failure));
                return;
            }
            if (ackByEcho) {
                socket.ledger().acknowledge(clientId, posted.message());
            }
            socket.sendDone();
        }, answers);
    }

    private void failed(ChatSocket socket, long ackId, String clientId, boolean ackByEcho, ParleyException e) {
        if (ackByEcho) {
            socket.ledger().forgetAck(clientId);
        }
        refuse(socket, ackId, "message", e.detail());
        socket.sendDone();
    }

    private void read(ChatSocket socket, long ackId, String roomId) {
        long newest = rooms.get(socket.actor(), roomId).room().lastSeq();
        var mark = reads.markRead(socket.actor(), roomId, newest);
        if (ackId >= 0) {
            socket.reply(socket.encoding().ack(ackId, new ConduitEncoding.ReadEvent(mark.roomId(), mark.userId())));
        }
    }

    private void refuse(ChatSocket socket, long ackId, String event, String reason) {
        var refusal = new ConduitEncoding.Refusal(event, reason);
        socket.reply(ackId >= 0 ? socket.encoding().ack(ackId, refusal) : socket.encoding().event("error", refusal));
    }

    private static String text(JsonNode args, int index, String what) {
        JsonNode value = args.get(index);
        if (value == null || !value.isTextual()) {
            throw ParleyException.invalid("argument " + index + " must be " + what + " (a string)");
        }
        return value.asText();
    }

    private static ParleyException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ParleyException problem ? problem
                : new ParleyException(ErrorCode.UNAVAILABLE, "the message could not be stored; send it again", cause);
    }
}
