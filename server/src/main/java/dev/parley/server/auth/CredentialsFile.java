package dev.parley.server.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * {@code credentials.properties} in the data dir: the generated API key pair and the generated
 * admin password. Readable by its owner only; replaced atomically.
 */
final class CredentialsFile {
    static final String FILE_NAME = "credentials.properties";

    private CredentialsFile() {
    }

    /** Its properties, none when the file does not exist. */
    static Properties read(Path dataDir) throws IOException {
        Properties properties = new Properties();
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    static void write(Path dataDir, Properties properties) throws IOException {
        Files.createDirectories(dataDir);
        Path temp = Files.createTempFile(dataDir, "credentials", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data dir's permissions.
        }
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(writer, "Parley credentials: keep this file private");
        }
        Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
    }
}
