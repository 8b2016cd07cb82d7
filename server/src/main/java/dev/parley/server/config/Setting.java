package dev.parley.server.config;

import java.util.Locale;

/**
 * One configuration key: its name in the config file, its environment variable, its flag,
 * its default and what it means. {@link Settings#ALL} is the single table of them.
 */
public record Setting(String key, String defaultValue, boolean secret, String description) {

    /** {@code http.port} → {@code PARLEY_HTTP_PORT}. */
    public String envName() {
        return "PARLEY_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** {@code http.port} → {@code --http-port}. */
    public String flagName() {
        return "--" + key.replace('.', '-');
    }
}
