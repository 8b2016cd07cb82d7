package dev.parley.core.testing;

import dev.parley.core.file.FileRepository;
import dev.parley.core.file.StoredFile;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link FileRepository} over the in-memory {@code files} table (rows keep {@code removable_at}). */
final class InMemoryFiles implements FileRepository {
    private final Tables tables;

    InMemoryFiles(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void insert(StoredFile file, Instant removableAt) {
        tables.requireRoom(file.roomId());
        tables.files.insert(file.id(), new Tables.FileRow(micros(file), Micros.of(removableAt)));
    }

    @Override
    public Optional<StoredFile> find(UUID id) {
        return tables.files.find(id).map(Tables.FileRow::file);
    }

    @Override
    public void claim(Collection<UUID> fileIds, UUID messageId) {
        for (UUID id : Set.copyOf(fileIds)) {
            tables.files.update(id, row -> row.withMessage(messageId));
        }
    }

    @Override
    public void keep(UUID messageId) {
        updateClaimsOf(messageId, row -> new Tables.FileRow(row.file(), null));
    }

    @Override
    public void moveClaims(UUID fromMessageId, UUID toMessageId) {
        updateClaimsOf(fromMessageId, row -> row.withMessage(toMessageId));
    }

    @Override
    public void release(UUID messageId, Instant removableAt) {
        updateClaimsOf(messageId, row -> new Tables.FileRow(row.file(), Micros.of(removableAt)));
    }

    @Override
    public List<StoredFile> removable(Instant now, int limit) {
        return tables.files.rows(row -> row.removableAt() != null && !row.removableAt().isAfter(now)
                        && !claimedByLiveMessage(row.file()))
                .stream().sorted(Comparator.comparing(Tables.FileRow::removableAt))
                .map(Tables.FileRow::file).limit(limit).toList();
    }

    @Override
    public void delete(UUID id) {
        tables.files.delete(id);
    }

    @Override
    public long bytesStored() {
        return tables.files.rows().stream().mapToLong(row -> row.file().size()).sum();
    }

    private boolean claimedByLiveMessage(StoredFile file) {
        return file.messageId() != null && tables.message(file.messageId()).filter(m -> !m.isDeleted()).isPresent();
    }

    private void updateClaimsOf(UUID messageId, java.util.function.UnaryOperator<Tables.FileRow> change) {
        for (Tables.FileRow row : tables.files.rows(r -> messageId.equals(r.file().messageId()))) {
            tables.files.update(row.file().id(), change);
        }
    }

    private static StoredFile micros(StoredFile f) {
        return new StoredFile(f.id(), f.roomId(), f.uploaderId(), f.name(), f.size(), f.mimeType(), f.kind(), f.width(),
                f.height(), f.durationMs(), f.hasThumbnail(), f.messageId(), Micros.of(f.createdAt()));
    }
}
