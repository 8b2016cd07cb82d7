package dev.parley.server.auth;

import dev.parley.core.apikey.ApiKeyService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The app's key pair: the public API key (safe in a browser) and the first API secret (server
 * calls, token signing). Taken from the configuration, or generated once and kept in
 * {@code credentials.properties} in the data dir (owner-only permissions). The secret in force
 * is the one stored in the database ({@link ApiKeyService}): this one only starts it.
 */
public record ApiCredentials(String key, String secret, boolean generatedNow) {
    public static final String FILE_NAME = CredentialsFile.FILE_NAME;

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
        ApiCredentials generated = new ApiCredentials("pk_" + ApiKeyService.random(18),
                ApiKeyService.generateSecret(), true);
        properties.setProperty("apiKey", generated.key());
        properties.setProperty("apiSecret", generated.secret());
        CredentialsFile.write(dataDir, properties);
        return generated;
    }
}
