package dev.parley.bench;

import dev.parley.bench.limit.LimitServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "limit-server", mixinStandardHelpOptions = true,
        description = "A minimal broadcast server on Parley's stack (no persistence, no auth, no JSON beyond"
                + " routing) that `fanout` runs against unchanged: the ceiling for Parley ÷ limit. Runs until killed.")
final class LimitServerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "19080", description = "port (default: ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address (default: ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() throws Exception {
        var server = LimitServer.start(host, port);
        System.out.println("limit server listening on http://" + host + ":" + server.port() + " (pid "
                + ProcessHandle.current().pid() + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return 0;
    }
}
