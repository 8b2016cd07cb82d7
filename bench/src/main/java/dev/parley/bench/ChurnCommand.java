package dev.parley.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "churn", mixinStandardHelpOptions = true,
        description = "Clients arriving at a rate: connect, auth, sync one room from a random seq, first REST page,"
                + " close. Cycles/s, p50/p99 of the whole cycle, failures.")
final class ChurnCommand implements Callable<Integer> {
    @CommandLine.Mixin
    BenchCli.Target target;
    @Option(names = "--users", defaultValue = "100", description = "users taking turns, 2..1000 (default: ${DEFAULT-VALUE})")
    int users;
    @Option(names = "--room-messages", defaultValue = "500",
            description = "messages seeded into the room first (default: ${DEFAULT-VALUE})")
    int roomMessages;
    @Option(names = "--sync-behind", defaultValue = "50",
            description = "each sync starts up to this many messages below the newest, at random (default: ${DEFAULT-VALUE})")
    int syncBehind;
    @Option(names = "--rate", defaultValue = "50", description = "cycles/s (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--max-in-flight", defaultValue = "128",
            description = "requests at once; later ones wait and the wait counts as latency (default: ${DEFAULT-VALUE})")
    int maxInFlight;

    @Override
    public Integer call() throws Exception {
        if (users < 2 || users > 1000 || roomMessages < 1 || syncBehind < 0 || syncBehind > 1000 || rate < 1 || maxInFlight < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need 2 <= users <= 1000, room-messages >= 1, 0 <= sync-behind <= 1000, rate and max-in-flight >= 1");
        }
        var options = new ChurnScenario.Options(target.singleUrl(this), target.secret(), users, roomMessages,
                syncBehind, rate, maxInFlight, Duration.ofSeconds(target.warmup), Duration.ofSeconds(target.duration),
                target.serverPids);
        var r = new ChurnScenario(options, new Progress(System.out)).run();
        new Report("churn").count("rate", "rate", rate).count("sync behind", "syncBehind", syncBehind)
                .count("cycles", "cycles", r.cycles()).number("cycles/s", "cyclesPerSecond", r.cyclesPerSecond(), 0)
                .number("p50 ms", "p50Ms", r.p50Ms(), 2).number("p99 ms", "p99Ms", r.p99Ms(), 2)
                .number("p99.9 ms", "p999Ms", r.p999Ms(), 2).number("max ms", "maxMs", r.maxMs(), 2)
                .count("failures", "failures", r.failures())
                .number("server cores", "serverCores", r.serverCores(), 2)
                .count("server RSS MB", "serverRssMb", r.serverRssMb()).print(System.out);
        return r.failures() == 0 ? 0 : 1;
    }
}
