package dev.parley.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * How a scenario that could not run ends: no server at the URL, or no API secret to be found, as
 * one line saying what to do; anything else with its stack trace.
 */
final class BenchFailures implements IExecutionExceptionHandler {
    static final String DEFAULT_URL = "http://127.0.0.1:8080";

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        String line;
        if (unreachable(e)) {
            line = "no Parley server answers at " + String.join(", ", urls(parsed))
                    + "; start one with ./parley serve, or pass the address of yours with --url";
        } else if (e instanceof IOException && e.getCause() == null) {
            line = e.getMessage();
        } else {
            throw e;
        }
        command.getErr().println("parley bench: " + line);
        command.getErr().flush();
        return 1;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static List<String> urls(ParseResult parsed) {
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--url")) {
                return result.matchedOptionValue("--url", List.of(DEFAULT_URL));
            }
        }
        return List.of(DEFAULT_URL);
    }
}
