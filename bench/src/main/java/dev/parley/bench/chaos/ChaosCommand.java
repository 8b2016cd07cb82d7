package dev.parley.bench.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench chaos}: a cluster of its own under random faults, then every client's view checked. */
@Command(name = "chaos", mixinStandardHelpOptions = true, description = {
        "Starts N nodes of the built server jar on a fresh PostgreSQL database and a Redis of its own, lets clients"
                + " send, edit, delete, react, read, join and leave while faults are injected at random (SIGKILL and"
                + " restart a node, SIGSTOP one for a few seconds, restart Redis, reset the nodes' PostgreSQL"
                + " connections, cut a node's client connections), then checks that every acknowledged write is"
                + " stored, nothing is duplicated and every client's view equals the database.",
        "Prints a table per fault type; exits 1 when anything was lost, duplicated or differs."})
public final class ChaosCommand implements Callable<Integer> {
    @Option(names = "--minutes", defaultValue = "15", description = "how long faults and load last (default: ${DEFAULT-VALUE})")
    double minutes;
    @Option(names = "--nodes", defaultValue = "3", description = "node processes (default: ${DEFAULT-VALUE})")
    int nodes;
    @Option(names = "--clients", defaultValue = "12", description = "clients, one user each (default: ${DEFAULT-VALUE})")
    int clients;
    @Option(names = "--rooms", defaultValue = "4", description = "channels the clients share (default: ${DEFAULT-VALUE})")
    int rooms;
    @Option(names = "--seed", description = "the random schedule's seed (default: a new one, printed)")
    Long seed;
    @Option(names = "--faults", split = ",", defaultValue = "node-kill,node-pause,redis-restart,postgres-reset,client-cut",
            description = "fault types to inject (default: ${DEFAULT-VALUE})")
    List<String> faults;
    @Option(names = "--fault-gap", defaultValue = "6", description = "seconds between faults, at least (default: ${DEFAULT-VALUE})")
    int faultGapSeconds;
    @Option(names = "--think-ms", defaultValue = "400", description = "each client's pause between actions, on average"
            + " (default: ${DEFAULT-VALUE})")
    int thinkMs;
    @Option(names = "--no-repair", description = "the checker's own test: clients reconnect without sync and ignore"
            + " the holes they see, so the run must report losses")
    boolean noRepair;
    @Option(names = "--server-jar", description = "the server jar (default: server/target/parley.jar beside this bench)")
    Path serverJar;
    @Option(names = "--pg-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
            description = "a PostgreSQL admin connection: the run creates its own database there and drops it"
                    + " (default: ${DEFAULT-VALUE})")
    String pgUrl;
    @Option(names = "--pg-user", defaultValue = "postgres", description = "(default: ${DEFAULT-VALUE})")
    String pgUser;
    @Option(names = "--pg-password", defaultValue = "", description = "(default: none)")
    String pgPassword;
    @Option(names = "--keep-database", description = "leave the run's database in place (to look into a finding)")
    boolean keepDatabase;
    @Option(names = "--dir", description = "where the nodes' and Redis' logs go (default: a new temporary directory)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (nodes < 1 || clients < 1 || rooms < 2 || minutes <= 0 || thinkMs < 2 || faultGapSeconds < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need nodes >= 1, clients >= 1, rooms >= 2, minutes > 0, think-ms >= 2, fault-gap >= 1");
        }
        long theSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        var options = new ChaosOptions(jar(), nodes, clients, rooms, Duration.ofMillis(Math.round(minutes * 60_000)),
                theSeed, faults.stream().map(FaultType::of).toList(), !noRepair, Duration.ofSeconds(faultGapSeconds),
                thinkMs, new ChaosCluster.PostgresAdmin(pgUrl, pgUser, pgPassword),
                dir != null ? Files.createDirectories(dir) : ChaosRun.defaultDir(), keepDatabase,
                Duration.ofSeconds(60));
        ChaosRun.Result result = new ChaosRun(options, System.out).run();
        ChaosReport.print(result, theSeed, System.out);
        return result.clean() ? 0 : 1;
    }

    private Path jar() throws Exception {
        if (serverJar != null) {
            return serverJar.toAbsolutePath();
        }
        Path benchJar = Path.of(ChaosCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // bench/target/parley-bench.jar (or bench/target/classes) -> server/target/parley.jar
        Path beside = benchJar.getParent().getParent().getParent().resolve("server/target/parley.jar");
        return Files.exists(beside) ? beside : Path.of("server/target/parley.jar").toAbsolutePath();
    }
}
