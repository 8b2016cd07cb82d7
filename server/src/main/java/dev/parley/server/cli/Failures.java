package dev.parley.server.cli;

import dev.parley.core.error.ParleyException;
import dev.parley.server.config.ConfigException;
import dev.parley.server.datadir.NodeLock;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * How a command that failed ends: ordinary mistakes (bad configuration, a refused request, the
 * data dir in use, the port taken) as one line saying what to do; anything else with its stack
 * trace. {@code --verbose} shows the trace for every failure.
 */
final class Failures implements IExecutionExceptionHandler {
    static final String VERBOSE = "--verbose";

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        var err = command.getErr();
        Integer exitCode = exitCode(e);
        if (exitCode == null) {
            throw e;
        }
        err.println("parley: " + message(e, command.getCommandName()));
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /** The exit code of an ordinary failure, null for an unexpected one. */
    private static Integer exitCode(Exception e) {
        return switch (e) {
            case ConfigException config -> 2;
            case ParleyException refused -> 1;
            case NodeLock.HeldElsewhere held -> 1;
            case CliFailure failure -> failure.exitCode();
            default -> null;
        };
    }

    private static String message(Exception e, String commandName) {
        return switch (e) {
            case ParleyException refused -> refused.detail();
            case NodeLock.HeldElsewhere held -> heldMessage(held, commandName);
            default -> e.getMessage();
        };
    }

    private static String heldMessage(NodeLock.HeldElsewhere held, String commandName) {
        String who = held.holder().describe() + " is using the embedded database in " + held.dataDir();
        if (commandName.equals("serve")) {
            return who + "; stop it first, or start this one with another --data-dir (PARLEY_DATA_DIR)";
        }
        return who + "; stop it (Ctrl-C in its terminal" + held.holder().pid().map(pid -> ", or kill " + pid).orElse("")
                + ") and run this command again";
    }

    static boolean verbose(ParseResult parsed) {
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
