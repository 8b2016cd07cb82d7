package dev.parley.core.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of files live (local disk, an S3-compatible object store). Keys are plain
 * relative names such as {@code files/<id>/original}. An object is visible only once written
 * completely: a reader never sees half an upload.
 */
public interface FileStorage {
    /** Stores the complete content of {@code source} under {@code key}, replacing any object there. */
    void put(String key, Path source) throws IOException;

    /** The object under {@code key}, or empty when there is none. */
    Optional<StoredObject> open(String key) throws IOException;

    /** Removes the object; removing a missing one is not an error. */
    void delete(String key) throws IOException;

    /** A human-readable description for the start-up log, without secrets. */
    String describe();

    /** An object being read: its length and its bytes (close it). */
    record StoredObject(long length, InputStream content) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
