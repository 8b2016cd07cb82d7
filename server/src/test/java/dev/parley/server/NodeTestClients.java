package dev.parley.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm packages the server tests use as real third-party clients ({@code src/test/node}):
 * installed once with {@code npm ci} from the checked-in lock file, then run with Node.js.
 */
public final class NodeTestClients {
    private static final Path FOLDER = Path.of("src/test/node").toAbsolutePath();

    private NodeTestClients() {
    }

    /** Runs {@code node script args…} in the clients' folder with {@code stdin}; returns its output lines. */
    public static List<String> run(String script, String stdin, String... args) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true).start();
        node.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("node " + script + " failed:\n" + output);
        }
        return output.lines().toList();
    }

    /** Whether every dependency of package.json is in node_modules (a folder installed before one was added is not). */
    private static boolean installed() throws IOException {
        String manifest = Files.readString(FOLDER.resolve("package.json"));
        var dependencies = java.util.regex.Pattern.compile("\"([@a-z0-9./-]+)\"\\s*:\\s*\"\\d")
                .matcher(manifest.substring(manifest.indexOf("\"dependencies\"")));
        while (dependencies.find()) {
            if (!Files.isDirectory(FOLDER.resolve("node_modules").resolve(dependencies.group(1)))) {
                return false;
            }
        }
        return Files.isDirectory(FOLDER.resolve("node_modules"));
    }

    private static synchronized void install() throws IOException, InterruptedException {
        if (installed()) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(FOLDER.toFile())
                .redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + FOLDER + " failed:\n" + output);
        }
    }
}
