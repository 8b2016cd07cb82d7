package dev.parley.core.file;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code files} records; the bytes are in {@link FileStorage}. */
public interface FileRepository {
    /** Records an upload, not attached to any message, to be removed at {@code removableAt} unless claimed. */
    void insert(StoredFile file, Instant removableAt);

    Optional<StoredFile> find(UUID id);

    /** Marks the files as the message's; already claimed ones are taken over. They are kept once {@link #keep} runs. */
    void claim(Collection<UUID> fileIds, UUID messageId);

    /** The message was stored: its files are kept until it is deleted. */
    void keep(UUID messageId);

    /** Moves the claims of one message id to another (a retried send answered with the original message). */
    void moveClaims(UUID fromMessageId, UUID toMessageId);

    /** Lets go of a message's files: they are removed at {@code removableAt}. */
    void release(UUID messageId, Instant removableAt);

    /**
     * Files due for removal at {@code now}, oldest first; a file whose message exists and is
     * not deleted is never among them.
     */
    List<StoredFile> removable(Instant now, int limit);

    void delete(UUID id);

    /** Bytes of the originals of every recorded file. */
    long bytesStored();
}
