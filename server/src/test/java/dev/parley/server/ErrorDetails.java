package dev.parley.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Scans every problem detail ({@link ApiClient}) and WebSocket error frame or close reason
 * ({@code WsTestClient}) the server test suite receives for what a client must never be shown:
 * Java class names, exception names, parser internals. Registered for every test class through
 * JUnit's extension auto-detection (src/test/resources/META-INF/services); a test during which
 * the server answered such a detail fails, naming it.
 */
public final class ErrorDetails implements AfterEachCallback, AfterAllCallback {
    private static final Pattern INTERNALS = Pattern.compile(String.join("|",
            "\\b(?:java|javax|jakarta|com|org|io|dev|kotlin)\\.[a-z][a-z0-9_]*\\.[A-Za-z]", // a qualified class name
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b", // an exception's simple name
            "\\$[A-Z][A-Za-z]*\\b", // a nested class
            "\\(code \\d+\\)", "\\[Source:", "line: \\d+, column: \\d+", "\\bat \\[", // parser positions
            "(?i)\\b(?:jackson|jetty|javalin|hikari|flyway|lettuce|nimbus|h2database|postgresql\\.util)\\b"));
    private static final List<String> FOUND = new ArrayList<>();

    /** Records {@code detail} when it shows internals; {@code where} names the response it came in. */
    public static void scan(String where, String detail) {
        if (detail != null && INTERNALS.matcher(detail).find()) {
            synchronized (FOUND) {
                FOUND.add(where + ": " + detail);
            }
        }
    }

    /** Whether {@code detail} shows internals (for the scanner's own test). */
    static boolean showsInternals(String detail) {
        return INTERNALS.matcher(detail).find();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        check();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check();
    }

    private static void check() {
        List<String> found;
        synchronized (FOUND) {
            found = List.copyOf(FOUND);
            FOUND.clear();
        }
        if (!found.isEmpty()) {
            throw new AssertionError("error details show library internals or class names:\n  "
                    + String.join("\n  ", found));
        }
    }
}
