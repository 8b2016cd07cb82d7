package dev.parley.server.browser;

import dev.parley.server.config.ConfigLoader;
import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** A configuration as an operator writes it: properties in a file, read by the node's own loader. */
final class ConfigFiles {
    private ConfigFiles() {
    }

    static ParleyConfig load(String properties) {
        try {
            var file = Files.createTempFile("parley-ui", ".properties");
            Files.writeString(file, properties);
            return new ConfigLoader(Map.of()).load(file, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
