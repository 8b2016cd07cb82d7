package dev.parley.server.cli;

import dev.parley.server.ParleyNode;
import dev.parley.server.config.ConfigException;
import dev.parley.server.config.ParleyConfig;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import dev.parley.core.error.ParleyException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code parley} command: {@code serve}, {@code migrate}. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCli.Version.class,
        description = "Parley: a self-hosted chat engine.",
        subcommands = {ParleyCli.Serve.class, ParleyCli.Migrate.class, ParleyCli.User.class, ParleyCli.Seed.class,
                CommandLine.HelpCommand.class})
public final class ParleyCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParleyCli());
        ConfigFlags.addTo(cli.getSubcommands().get("serve").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("migrate").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("seed").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("user").getSubcommands().get("set-password").getCommandSpec());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("parley: " + e.getMessage());
                return 2;
            }
            if (e instanceof ParleyException problem) {
                commandLine.getErr().println("parley: " + problem.detail());
                return 1;
            }
            throw e;
        });
        return cli;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Start a node and serve until stopped (Ctrl-C).")
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ParleyConfig config = ConfigFlags.load(spec, System.getenv());
            ParleyNode node = ParleyNode.start(config);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.close();
                stopped.countDown();
            }, "parley-shutdown"));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Bring the database schema up to date, then exit.")
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ParleyConfig config = ConfigFlags.load(spec, System.getenv());
            ParleyNode.migrate(config);
            spec.commandLine().getOut().println("schema is up to date");
            return 0;
        }
    }

    @Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users.",
            subcommands = {ParleyCli.SetPassword.class})
    static final class User {
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = "Set a user's local-account password, read from the first line of standard input.")
    static final class SetPassword implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER_ID", description = "the user (must exist)")
        String userId;

        @Override
        public Integer call() throws java.io.IOException {
            ParleyConfig config = ConfigFlags.load(spec, System.getenv());
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8));
            String password = reader.readLine();
            if (password == null || password.isEmpty()) {
                spec.commandLine().getErr().println("parley: give the new password on standard input");
                return 1;
            }
            ParleyNode.setPassword(config, userId, password);
            spec.commandLine().getOut().println("password set for " + userId);
            return 0;
        }
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Append generated messages to a room through the message log, for benchmarks of large rooms."
                    + " Run it with the node stopped.")
    static final class Seed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROOM_ID", description = "the room to fill")
        java.util.UUID roomId;

        @picocli.CommandLine.Option(names = "--user", required = true, description = "the author (a member of the room)")
        String userId;

        @picocli.CommandLine.Option(names = "--messages", required = true, description = "how many messages to append")
        long count;

        @Override
        public Integer call() throws InterruptedException {
            if (count < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--messages must be at least 1");
            }
            ParleyConfig config = ConfigFlags.load(spec, System.getenv());
            var out = spec.commandLine().getOut();
            long started = System.nanoTime();
            long stored = ParleyNode.seed(config, roomId, userId, count, total -> {
                out.printf("seeded %,d%n", total);
                out.flush();
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("seeded %,d messages into %s in %.1f s (%,.0f/s)%n", stored, roomId, seconds, stored / seconds);
            return 0;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ParleyCli.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (version == null ? "dev" : version)};
        }
    }
}
