package dev.parley.core.testing;

import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.testing.Tables.MessageKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link MessageRepository} over the in-memory {@code messages} table; new messages come from the message log. */
final class InMemoryMessages implements MessageRepository {
    private final Tables tables;

    InMemoryMessages(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Message> find(UUID roomId, UUID messageId) {
        return tables.message(messageId).filter(m -> m.roomId().equals(roomId));
    }

    @Override
    public Optional<Message> findBySeq(UUID roomId, long seq) {
        return tables.messages.find(new MessageKey(roomId, seq));
    }

    @Override
    public List<Message> before(UUID roomId, long before, int fetch) {
        List<Message> below = new ArrayList<>(tables.messages.range(new MessageKey(roomId, Long.MIN_VALUE), true,
                new MessageKey(roomId, before), false));
        return below.reversed().stream().limit(fetch).toList();
    }

    @Override
    public List<Message> after(UUID roomId, long after, int fetch) {
        return tables.messages.range(new MessageKey(roomId, after), false, new MessageKey(roomId, Long.MAX_VALUE), true)
                .stream().limit(fetch).toList();
    }

    @Override
    public void edit(UUID messageId, String text, Mentions mentions, Instant at) {
        tables.updateMessage(messageId, m -> new Message(m.id(), m.roomId(), m.seq(), m.userId(), text, m.parentId(),
                m.attachments(), m.clientId(), m.createdAt(), Micros.of(at), m.deletedAt(), List.of(), m.streaming(),
                mentions, m.call()));
    }

    /** Keeps id, seq, author, parent and client id; clears text, attachments and mentions. */
    @Override
    public void tombstone(UUID messageId, Instant at) {
        tables.updateMessage(messageId, m -> new Message(m.id(), m.roomId(), m.seq(), m.userId(), "", m.parentId(),
                List.of(), m.clientId(), m.createdAt(), m.editedAt(), Micros.of(at), List.of(), m.streaming(),
                Mentions.NONE, m.call()));
    }

    @Override
    public long deletedAbove(UUID roomId, long seq) {
        return after(roomId, seq, Integer.MAX_VALUE).stream().filter(Message::isDeleted).count();
    }

    @Override
    public Optional<Message> latest(UUID roomId) {
        return before(roomId, Long.MAX_VALUE, Integer.MAX_VALUE).stream().filter(m -> !m.isDeleted()).findFirst();
    }

    @Override
    public List<Message> liveOf(String userId, UUID roomId, int limit) {
        return tables.messages.rows(m -> m.userId().equals(userId) && m.deletedAt() == null
                && (roomId == null || m.roomId().equals(roomId))).stream().limit(limit).toList();
    }
}
