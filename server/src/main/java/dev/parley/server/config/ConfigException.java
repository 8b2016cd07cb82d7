package dev.parley.server.config;

/** The configuration is unusable; the message names the key and says what is wrong. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
