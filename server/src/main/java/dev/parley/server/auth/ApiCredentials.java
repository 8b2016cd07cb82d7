package dev.parley.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    public static final String FILE_NAME = CredentialsFile.FILE_NAME;

    /** True when {@code presented} is the secret; compares in constant time. */
    public boolean isSecret(String presented) {
        return presented != null && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The node's key pair: configured, or read from (or generated into) the data dir. */
    public static ApiCredentials of(dev.parley.server.config.ParleyConfig.Api api, Path dataDir) {
        try {
            return resolve(api.key(), api.secret(), dataDir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read or create the API credentials in " + dataDir, e);
        }
    }

    public static ApiCredentials resolve(String configuredKey, String configuredSecret, Path dataDir) throws IOException {
        if (!configuredSecret.isEmpty()) {
            return new ApiCredentials(configuredKey, configuredSecret, false);
        }
        Properties properties = CredentialsFile.read(dataDir);
        String key = properties.getProperty("apiKey");
        String secret = properties.getProperty("apiSecret");
        if (key != null || secret != null) {
            if (key == null || secret == null || secret.length() < 32) {
                throw new IOException(dataDir.resolve(FILE_NAME)
                        + " is damaged: it needs apiKey and an apiSecret of 32+ characters");
            }
            return new ApiCredentials(key, secret, false);
        }
        ApiCredentials generated = new ApiCredentials("pk_" + random(18), "sk_" + random(36), true);
        properties.setProperty("apiKey", generated.key());
        properties.setProperty("apiSecret", generated.secret());
        CredentialsFile.write(dataDir, properties);
        return generated;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
