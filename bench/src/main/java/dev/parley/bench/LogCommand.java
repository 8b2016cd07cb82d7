package dev.parley.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Durable write ceiling: many pipelined WebSocket senders over many rooms, as fast as acks come"
                + " back: stored messages/s (group commit), send->ack latency, loss.")
final class LogCommand implements Callable<Integer> {
    @CommandLine.Mixin
    BenchCli.Target target;
    @Option(names = "--rooms", defaultValue = "100", description = "rooms (default: ${DEFAULT-VALUE})")
    int rooms;
    @Option(names = "--senders", defaultValue = "1",
            description = "sender sessions per room (each also receives the room's echoes) (default: ${DEFAULT-VALUE})")
    int senders;
    @Option(names = "--window", defaultValue = "32",
            description = "sends in flight per session, 1..128 (default: ${DEFAULT-VALUE})")
    int window;

    @Override
    public Integer call() throws Exception {
        if (rooms < 1 || senders < 1 || window < 1 || window > 128) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need rooms >= 1, senders >= 1, 1 <= window <= 128");
        }
        var options = new LogScenario.Options(target.singleUrl(this), target.secret(), rooms, senders, window,
                Duration.ofSeconds(target.warmup), Duration.ofSeconds(target.duration), target.serverPids);
        var r = new LogScenario(options, new Progress(System.out)).run();
        new Report("log").count("rooms", "rooms", rooms).count("senders/room", "senders", senders)
                .count("window", "window", window).number("stored/s", "storedPerSecond", r.storedPerSecond(), 0)
                .number("ack p50 ms", "ackP50Ms", r.ackP50Ms(), 2).number("ack p99 ms", "ackP99Ms", r.ackP99Ms(), 2)
                .number("ack p99.9 ms", "ackP999Ms", r.ackP999Ms(), 2).number("ack max ms", "ackMaxMs", r.ackMaxMs(), 2)
                .count("errors", "errors", r.errors()).count("acked", "acked", r.acked())
                .count("stored", "stored", r.stored()).count("loss", "loss", r.loss())
                .number("server cores", "serverCores", r.serverCores(), 2)
                .number("server CPU µs/msg", "serverCpuUsPerMessage", r.serverCpuUsPerMessage(), 1)
                .count("server RSS MB", "serverRssMb", r.serverRssMb()).print(System.out);
        return r.errors() == 0 && r.loss() == 0 ? 0 : 1;
    }
}
