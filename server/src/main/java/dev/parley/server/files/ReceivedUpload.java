package dev.parley.server.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An upload as received: its bytes in a temporary file (deleted on close), the name and type
 * the client gave, and the other form fields.
 */
public record ReceivedUpload(Path file, long size, String submittedName, String declaredType,
        Map<String, String> fields) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
