package dev.parley.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "connections", mixinStandardHelpOptions = true,
        description = "N authenticated idle WebSockets opened at a rate and held: server RSS per connection,"
                + " CPU at rest, connect+auth latency, failures. --warmup is not used.")
final class ConnectionsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    BenchCli.Target target;
    @Option(names = "--connections", defaultValue = "1000", description = "sessions (default: ${DEFAULT-VALUE})")
    int connections;
    @Option(names = "--ramp-per-second", defaultValue = "500",
            description = "sessions opened per second (default: ${DEFAULT-VALUE})")
    int rampPerSecond;
    @Option(names = "--sessions-per-user", defaultValue = "1",
            description = "sessions sharing one user (default: ${DEFAULT-VALUE}: every session its own user)")
    int sessionsPerUser;
    @Option(names = "--source-address", split = ",", defaultValue = "127.0.0.1",
            description = "local addresses to connect from, round-robin; each has its own ephemeral ports"
                    + " (default: ${DEFAULT-VALUE})")
    List<String> sourceAddresses;

    @Override
    public Integer call() throws Exception {
        if (connections < 1 || rampPerSecond < 1 || sessionsPerUser < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need connections, ramp-per-second and sessions-per-user >= 1");
        }
        var options = new ConnectionsScenario.Options(target.urls, target.secret(), connections, rampPerSecond,
                sessionsPerUser, sourceAddresses, Duration.ofSeconds(target.duration), target.serverPids);
        ConnectionsScenario.Result r;
        try {
            r = new ConnectionsScenario(options, new Progress(System.out)).run();
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            return 2;
        }
        new Report("connections").count("sessions", "connections", connections)
                .count("ramp/s", "rampPerSecond", rampPerSecond).count("connected", "connected", r.connected())
                .count("failed", "failures", r.failures()).count("dropped while idle", "dropped", r.dropped())
                .number("connect+auth p50 ms", "connectP50Ms", r.connectP50Ms(), 2)
                .number("connect+auth p99 ms", "connectP99Ms", r.connectP99Ms(), 2)
                .number("connect+auth max ms", "connectMaxMs", r.connectMaxMs(), 2)
                .count("server RSS before MB", "serverRssBeforeMb", r.serverRssBeforeMb())
                .count("server RSS after MB", "serverRssAfterMb", r.serverRssAfterMb())
                .number("server KB/session", "serverRssPerConnectionKb", r.serverRssPerConnectionKb(), 1)
                .number("server cores idle", "serverCoresIdle", r.serverCoresIdle(), 3)
                .count("held s", "durationSeconds", target.duration).print(System.out);
        return r.failures() == 0 && r.dropped() == 0 ? 0 : 1;
    }
}
