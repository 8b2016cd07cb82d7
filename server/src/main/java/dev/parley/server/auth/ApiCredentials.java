package dev.parley.server.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The app's key pair: the public API key (safe in a browser) and the API secret (server
 * calls, token signing). Taken from the configuration, or generated once and kept in
 * {@code credentials.properties} in the data dir (owner-only permissions).
 */
public record ApiCredentials(String key, String secret, boolean generatedNow) {
    public static final String FILE_NAME = "credentials.properties";

    /** True when {@code presented} is the secret; compares in constant time. */
    public boolean isSecret(String presented) {
        return presented != null && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    public static ApiCredentials resolve(String configuredKey, String configuredSecret, Path dataDir) throws IOException {
        if (!configuredSecret.isEmpty()) {
            return new ApiCredentials(configuredKey, configuredSecret, false);
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String key = properties.getProperty("apiKey");
            String secret = properties.getProperty("apiSecret");
            if (key == null || secret == null || secret.length() < 32) {
                throw new IOException(file + " is damaged: it needs apiKey and an apiSecret of 32+ characters");
            }
            return new ApiCredentials(key, secret, false);
        }
        ApiCredentials generated = new ApiCredentials("pk_" + random(18), "sk_" + random(36), true);
        Files.createDirectories(dataDir);
        Properties properties = new Properties();
        properties.setProperty("apiKey", generated.key());
        properties.setProperty("apiSecret", generated.secret());
        Path temp = Files.createTempFile(dataDir, "credentials", ".tmp");
        restrictToOwner(temp);
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(writer, "Parley API credentials: keep apiSecret private");
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return generated;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data dir's permissions.
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
