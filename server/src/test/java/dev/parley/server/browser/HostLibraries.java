package dev.parley.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Real third-party host libraries from npm (test only, {@code src/test/hosts/}), installed with
 * {@code npm ci} the first time a test asks for one.
 */
final class HostLibraries {
    private static final Path FOLDER = Path.of("src", "test", "hosts");

    private HostLibraries() {
    }

    /** qiankun's own UMD build (global {@code qiankun}), as a host page would load it. */
    static String qiankun() {
        return read("node_modules/qiankun/dist/index.umd.min.js");
    }

    private static synchronized String read(String file) {
        Path path = FOLDER.resolve(file);
        try {
            if (!Files.exists(path)) {
                install();
            }
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void install() throws IOException {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(FOLDER.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + FOLDER.toAbsolutePath() + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the test host libraries", e);
        }
    }
}
