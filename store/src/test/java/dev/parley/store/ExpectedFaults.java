package dev.parley.store;

/**
 * One line in the test output before a test injects a fault on purpose, so that the warnings
 * the code under test then logs read as what they are: expected, and the point of the test.
 */
public final class ExpectedFaults {
    private ExpectedFaults() {
    }

    public static void announce(Class<?> test, String fault) {
        System.err.println("[EXPECTED] " + test.getSimpleName() + ": " + fault
                + "; the warnings that follow are expected");
        System.err.flush();
    }
}
