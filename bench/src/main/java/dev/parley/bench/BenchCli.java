package dev.parley.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench <scenario>}: load against a running Parley node through its public API. */
@Command(name = "parley bench", mixinStandardHelpOptions = true,
        description = "Load generator for Parley, speaking its public API.",
        subcommands = {BenchCli.Fanout.class, BenchCli.RestSend.class, ConnectionsCommand.class, HistoryCommand.class,
                ChurnCommand.class, LogCommand.class, LimitServerCommand.class, dev.parley.bench.chaos.ChaosCommand.class,
                CommandLine.HelpCommand.class})
public final class BenchCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new BenchCli()).setExecutionExceptionHandler(new BenchFailures());
    }

    @Command(name = "rest-send", mixinStandardHelpOptions = true, description = "Concurrent REST senders into R rooms: sends/s, send->ack latency, loss.")
    static final class RestSend implements Callable<Integer> {
        @CommandLine.Mixin
        Target target;
        @Option(names = "--rooms", defaultValue = "1", description = "rooms (default: ${DEFAULT-VALUE})")
        int rooms;
        @Option(names = "--clients", defaultValue = "64", description = "concurrent clients (default: ${DEFAULT-VALUE})")
        int clients;
        @Option(names = "--rate", defaultValue = "0", description = "sends/s, all clients together, whatever the server"
                + " does (open loop; latency counts from when a send was due); 0: each client sends when its last"
                + " send is acknowledged (default: ${DEFAULT-VALUE})")
        int rate;

        @Override
        public Integer call() throws Exception {
            if (rooms < 1 || clients < rooms || rate < 0) {
                throw new CommandLine.ParameterException(new CommandLine(this), "need 1 <= rooms <= clients, rate >= 0");
            }
            var options = new RestSendScenario.Options(target.singleUrl(this), target.secret(), rooms, clients, rate,
                    Duration.ofSeconds(target.warmup), Duration.ofSeconds(target.duration), target.serverPids);
            var result = new RestSendScenario(options, new Progress(System.out)).run();
            System.out.println();
            System.out.println("| scenario | rooms | clients | sends/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | loss"
                    + " | server cores | server CPU ms/send | server RSS MB |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf("| rest-send | %d | %d | %,.0f | %.2f | %.2f | %.2f | %.2f | %d | %d | %.2f | %.3f | %d |%n",
                    rooms, clients, result.sendsPerSecond(), result.p50Ms(), result.p99Ms(), result.p999Ms(),
                    result.maxMs(), result.errors(), result.loss(), result.serverCores(), result.serverCpuMsPerSend(),
                    result.serverRssMb());
            var json = new ObjectMapper().createObjectNode().put("scenario", "rest-send").put("rooms", rooms)
                    .put("clients", clients).put("rate", rate).put("durationSeconds", target.duration).put("acked", result.acked())
                    .put("sendsPerSecond", Math.round(result.sendsPerSecond())).put("p50Ms", result.p50Ms())
                    .put("p99Ms", result.p99Ms()).put("p999Ms", result.p999Ms()).put("maxMs", result.maxMs())
                    .put("errors", result.errors()).put("stored", result.stored()).put("loss", result.loss())
                    .put("serverCores", result.serverCores()).put("serverCpuMsPerSend", result.serverCpuMsPerSend())
                    .put("serverRssMb", result.serverRssMb());
            System.out.println(json);
            return result.loss() == 0 && result.errors() == 0 ? 0 : 1;
        }
    }

    @Command(name = "fanout", mixinStandardHelpOptions = true, description = "R rooms x M members on WebSockets, S senders per room at a total rate: "
            + "persisted/s, deliveries/s, send->deliver and send->ack latency, loss, order.")
    static final class Fanout implements Callable<Integer> {
        @CommandLine.Mixin
        Target target;
        @Option(names = "--rooms", defaultValue = "1", description = "rooms (default: ${DEFAULT-VALUE})")
        int rooms;
        @Option(names = "--members", defaultValue = "100", description = "members per room (default: ${DEFAULT-VALUE})")
        int members;
        @Option(names = "--senders", defaultValue = "10", description = "senders per room (default: ${DEFAULT-VALUE})")
        int senders;
        @Option(names = "--rate", defaultValue = "200", description = "messages/s, all rooms together (default: ${DEFAULT-VALUE})")
        int rate;
        @Option(names = "--senders-on-first-node", description = "with several --url: put every sender on the first"
                + " node, so deliveries on the others (reported as remote) measure the cross-node hop")
        boolean sendersOnFirstNode;
        @Option(names = "--socketio-members", defaultValue = "0", description = "per room, members (not senders) that"
                + " listen over Socket.IO (/realtime, namespace /chat) instead of the native WebSocket; reported apart"
                + " (default: ${DEFAULT-VALUE})")
        int socketIoMembers;

        @Override
        public Integer call() throws Exception {
            if (rooms < 1 || senders < 1 || members < senders || rate < 1 || socketIoMembers < 0
                    || socketIoMembers > members - senders) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "need rooms >= 1, 1 <= senders <= members, rate >= 1, 0 <= socketio-members <= members - senders");
            }
            var options = new FanoutScenario.Options(target.urls, target.secret(), rooms, members, senders, rate,
                    Duration.ofSeconds(target.warmup), Duration.ofSeconds(target.duration), target.serverPids,
                    sendersOnFirstNode, socketIoMembers);
            var r = new FanoutScenario(options, new Progress(System.out)).run();
            System.out.println();
            System.out.println("| scenario | rooms | members | senders | rate | persisted/s | deliveries/s | deliver p50 ms"
                    + " | deliver p99 ms | deliver p99.9 ms | deliver max ms | ack p50 ms | ack p99 ms | loss | dup"
                    + " | out of order | errors | closed by server (reconnected) | server cores | server RSS MB"
                    + " | generator cores | remote deliver p50 ms | remote deliver p99 ms | Socket.IO deliveries/s"
                    + " | Socket.IO deliver p50 ms | Socket.IO deliver p99 ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf("| fanout | %d | %d | %d | %d | %,.0f | %,.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f"
                    + " | %d | %d | %d | %d | %s | %.2f | %d | %.2f | %.2f | %.2f | %,.0f | %.2f | %.2f |%n", rooms, members, senders, rate, r.persistedPerSecond(),
                    r.deliveriesPerSecond(), r.deliverP50Ms(), r.deliverP99Ms(), r.deliverP999Ms(), r.deliverMaxMs(),
                    r.ackP50Ms(), r.ackP99Ms(), r.loss(), r.duplicates(), r.outOfOrder(), r.errors(),
                    r.closedByServer().isEmpty() ? "none" : r.closedByServer().toString(), r.serverCores(),
                    r.serverRssMb(), r.generatorCores(), r.remoteDeliverP50Ms(), r.remoteDeliverP99Ms(),
                    r.socketIoDeliveriesPerSecond(), r.socketIoDeliverP50Ms(), r.socketIoDeliverP99Ms());
            var json = new ObjectMapper().createObjectNode().put("scenario", "fanout").put("rooms", rooms)
                    .put("members", members).put("senders", senders).put("rate", rate)
                    .put("durationSeconds", target.duration);
            json.setAll((com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().valueToTree(r));
            System.out.println(json);
            return r.loss() == 0 && r.duplicates() == 0 && r.outOfOrder() == 0 && r.errors() == 0 ? 0 : 1;
        }
    }

    /** The options every scenario takes: where the node is, its secret, timing, the server's pid. */
    static final class Target {
        @Option(names = "--url", split = ",", defaultValue = "http://127.0.0.1:8080",
                description = "the node, or a cluster's nodes (comma-separated; sessions are spread over them)"
                        + " (default: ${DEFAULT-VALUE})")
        List<String> urls;
        @Option(names = "--secret", description = "API secret (default: PARLEY_API_SECRET, else data/credentials.properties)")
        String secret;
        @Option(names = "--warmup", defaultValue = "5", description = "seconds before measuring (default: ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--duration", defaultValue = "20", description = "seconds measured (default: ${DEFAULT-VALUE})")
        int duration;
        @Option(names = "--server-pid", split = ",",
                description = "the server's pid(s) on this machine: report their CPU and memory from /proc")
        List<Long> serverPids = new java.util.ArrayList<>();

        String singleUrl(Object command) {
            if (urls.size() != 1) {
                throw new CommandLine.ParameterException(new CommandLine(command), "this scenario takes one --url");
            }
            return urls.getFirst();
        }

        String secret() throws IOException {
            return secret != null ? secret : defaultSecret();
        }
    }

    static String defaultSecret() throws IOException {
        String fromEnv = System.getenv("PARLEY_API_SECRET");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        String dataDir = System.getenv().getOrDefault("PARLEY_DATA_DIR", "./data");
        Path file = Path.of(dataDir, "credentials.properties");
        if (!Files.exists(file)) {
            throw new IOException("no API secret: pass --secret, set PARLEY_API_SECRET, or run from the directory"
                    + " whose data/ the server uses (no " + file + ")");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties.getProperty("apiSecret");
    }
}
