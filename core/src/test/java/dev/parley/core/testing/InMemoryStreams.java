package dev.parley.core.testing;

import dev.parley.core.message.Message;
import dev.parley.core.stream.OpenStream;
import dev.parley.core.stream.StreamRepository;
import dev.parley.core.testing.Tables.StreamRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link StreamRepository} over the in-memory {@code message_streams} table and the messages' text. */
final class InMemoryStreams implements StreamRepository {
    private final Tables tables;

    InMemoryStreams(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<String> append(UUID messageId, String text, Instant at) {
        Optional<Message> message = tables.message(messageId).filter(Message::isStreaming);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        tables.updateMessage(messageId, m -> withText(m, m.text() + text));
        tables.streams.update(messageId, row -> new StreamRow(row.messageId(), row.roomId(), Micros.of(at)));
        return tables.message(messageId).map(Message::text);
    }

    @Override
    public boolean end(UUID messageId) {
        tables.streams.delete(messageId);
        if (tables.message(messageId).filter(Message::isStreaming).isEmpty()) {
            return false;
        }
        tables.updateMessage(messageId, m -> new Message(m.id(), m.roomId(), m.seq(), m.userId(), m.text(),
                m.parentId(), m.attachments(), m.clientId(), m.createdAt(), m.editedAt(), m.deletedAt(), List.of(),
                Boolean.FALSE, m.call()));
        return true;
    }

    @Override
    public boolean endIdle(UUID messageId, Instant cutoff) {
        boolean idle = tables.streams.find(messageId).filter(row -> row.touchedAt().isBefore(Micros.of(cutoff)))
                .isPresent();
        return idle && end(messageId);
    }

    @Override
    public List<OpenStream> idleSince(Instant cutoff, int limit) {
        Instant before = Micros.of(cutoff);
        return tables.streams.rows(row -> row.touchedAt().isBefore(before)).stream()
                .sorted(Comparator.comparing(StreamRow::touchedAt))
                .limit(limit)
                .map(row -> new OpenStream(row.roomId(), row.messageId()))
                .toList();
    }

    private static Message withText(Message m, String text) {
        return new Message(m.id(), m.roomId(), m.seq(), m.userId(), text, m.parentId(), m.attachments(), m.clientId(),
                m.createdAt(), m.editedAt(), m.deletedAt(), List.of(), m.streaming(), m.call());
    }
}
