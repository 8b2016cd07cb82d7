package dev.parley.server.cli;

import dev.parley.server.OfflineCommands;
import dev.parley.server.ParleyNode;
import dev.parley.server.config.ParleyConfig;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import dev.parley.core.account.AccountService;
import dev.parley.server.auth.LocalAdmin;
import dev.parley.server.datadir.NodeLock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code parley} command: {@code serve}, {@code migrate}. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCli.Version.class,
        description = "Parley: a self-hosted chat engine.",
        subcommands = {ParleyCli.Serve.class, ParleyCli.Migrate.class, ParleyCli.User.class, ParleyCli.Seed.class,
                ParleyCli.VersionCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCli {
    @picocli.CommandLine.Option(names = Failures.VERBOSE, scope = CommandLine.ScopeType.INHERIT,
            description = "on failure, also print the stack trace")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParleyCli());
        ConfigFlags.addTo(cli.getSubcommands().get("serve").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("migrate").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("seed").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("user").getSubcommands().get("set-password").getCommandSpec());
        cli.setExecutionExceptionHandler(new Failures());
        return cli;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Start a node and serve until stopped (Ctrl-C).")
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ParleyConfig config = ConfigFlags.load(spec, System.getenv());
            var lock = EmbeddedDatabase.lock(config);
            ParleyNode node = Listening.start(config);
            lock.ifPresent(held -> held.announce(node.url()));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.close();
                lock.ifPresent(NodeLock::close);
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
            EmbeddedDatabase.whileStopped(config, () -> OfflineCommands.migrate(config));
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
            EmbeddedDatabase.whileStopped(config, () -> OfflineCommands.setPassword(config, userId, password));
            spec.commandLine().getOut().println("password set for " + userId);
            if (userId.equals(AccountService.ADMIN_ID) && LocalAdmin.forgetGenerated(config.dataDir())) {
                spec.commandLine().getOut().println("the generated admin password is no longer kept in "
                        + config.dataDir().resolve("credentials.properties").toAbsolutePath().normalize());
            }
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
            long stored;
            var lock = EmbeddedDatabase.lock(config);
            try {
                stored = OfflineCommands.seed(config, roomId, userId, count, total -> {
                    out.printf("seeded %,d%n", total);
                    out.flush();
                });
            } finally {
                lock.ifPresent(NodeLock::close);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("seeded %,d messages into %s in %.1f s (%,.0f/s)%n", stored, roomId, seconds, stored / seconds);
            return 0;
        }
    }

    @Command(name = "version", description = "Print the version of Parley.")
    static final class VersionCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(Version.text());
            return 0;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {text()};
        }

        /** "parley 0.1.0" from the jar's manifest; "parley dev" when run from classes. */
        static String text() {
            String version = ParleyCli.class.getPackage().getImplementationVersion();
            return "parley " + (version == null ? "dev" : version);
        }
    }
}
