package dev.parley.server.cli;

/** An ordinary mistake a command reports in one line, with the fix; {@code --verbose} adds the stack trace. */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
