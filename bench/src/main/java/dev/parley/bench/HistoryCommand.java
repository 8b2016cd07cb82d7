package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Seed M messages (or reuse --room), then random 50-message pages at a rate:"
                + " p50/p99/p99.9/max, errors, each page checked for 50 consecutive seqs.")
final class HistoryCommand implements Callable<Integer> {
    @CommandLine.Mixin
    BenchCli.Target target;
    @Option(names = "--messages", defaultValue = "10000", description = "messages to seed (default: ${DEFAULT-VALUE})")
    long messages;
    @Option(names = "--seed-rooms", defaultValue = "1", description = "rooms to spread the seed over (default: ${DEFAULT-VALUE})")
    int seedRooms;
    @Option(names = "--seed-senders", defaultValue = "64",
            description = "concurrent REST senders while seeding (default: ${DEFAULT-VALUE})")
    int seedSenders;
    @Option(names = "--room", split = ",",
            description = "read these rooms (seeded earlier by this command; user " + HistoryScenario.READER
                    + " must be a member) instead of seeding")
    List<String> rooms = new ArrayList<>();
    @Option(names = "--rate", defaultValue = "200", description = "pages/s (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--max-in-flight", defaultValue = "128",
            description = "requests at once; later ones wait and the wait counts as latency (default: ${DEFAULT-VALUE})")
    int maxInFlight;

    @Override
    public Integer call() throws Exception {
        if (rate < 1 || maxInFlight < 1 || seedRooms < 1 || seedSenders < 1 || (rooms.isEmpty() && messages < seedRooms * 50L)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need rate, max-in-flight, seed-rooms, seed-senders >= 1 and at least 50 messages per seeded room");
        }
        var options = new HistoryScenario.Options(target.singleUrl(this), target.secret(), messages, seedRooms,
                seedSenders, rooms, rate, maxInFlight, Duration.ofSeconds(target.warmup),
                Duration.ofSeconds(target.duration), target.serverPids);
        var r = new HistoryScenario(options, new Progress(System.out)).run();
        new Report("history").count("rooms", "rooms", r.rooms().size())
                .count("stored messages", "storedMessages", r.storedMessages())
                .number("seeded/s", "seedPerSecond", r.seedPerSecond(), 0).count("rate", "rate", rate)
                .number("pages/s", "pagesPerSecond", r.pagesPerSecond(), 0)
                .number("p50 ms", "p50Ms", r.p50Ms(), 2).number("p99 ms", "p99Ms", r.p99Ms(), 2)
                .number("p99.9 ms", "p999Ms", r.p999Ms(), 2).number("max ms", "maxMs", r.maxMs(), 2)
                .count("errors", "errors", r.errors()).count("bad pages", "badPages", r.badPages())
                .number("server cores", "serverCores", r.serverCores(), 2)
                .count("server RSS MB", "serverRssMb", r.serverRssMb())
                .text("room ids", "roomIds", String.join(",", r.rooms())).print(System.out);
        return r.errors() == 0 && r.badPages() == 0 ? 0 : 1;
    }
}
