package dev.parley.server.cli;

import dev.parley.server.ParleyNode;
import dev.parley.server.config.ConfigException;
import dev.parley.server.config.ParleyConfig;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code parley} command: {@code serve}, {@code migrate}. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCli.Version.class,
        description = "Parley: a self-hosted chat engine.",
        subcommands = {ParleyCli.Serve.class, ParleyCli.Migrate.class, CommandLine.HelpCommand.class})
public final class ParleyCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParleyCli());
        ConfigFlags.addTo(cli.getSubcommands().get("serve").getCommandSpec());
        ConfigFlags.addTo(cli.getSubcommands().get("migrate").getCommandSpec());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("parley: " + e.getMessage());
                return 2;
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

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ParleyCli.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (version == null ? "dev" : version)};
        }
    }
}
