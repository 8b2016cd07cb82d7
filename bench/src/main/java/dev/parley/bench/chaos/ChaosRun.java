package dev.parley.bench.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A chaos run: starts the cluster, makes the users and rooms, lets the clients act while faults
 * are injected, then stops the faults and the load, waits for the clients to settle and compares
 * every client's view and every acknowledged write with the database until they agree (or the
 * check limit has passed): what still differs then is the result.
 */
final class ChaosRun {
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(90);
    private final ChaosOptions options;
    private final PrintStream log;

    ChaosRun(ChaosOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** What a run found, with what the report needs to attribute it. */
    record Result(List<Checker.Finding> findings, List<FaultInjector.FaultRecord> faults, List<Ledger.Write> writes,
            List<ClientView.Noted> holes, long checkConvergedMs, int clients, int nodes) {
        boolean clean() {
            return findings.isEmpty();
        }

        long count(Checker.Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).count();
        }
    }

    Result run() throws Exception {
        log.printf("chaos: seed %d, %d nodes, %d clients, %d rooms, %d s, faults %s, repair %s%n", options.seed(),
                options.nodes(), options.clients(), options.rooms(), options.duration().toSeconds(),
                options.faults().stream().map(f -> f.label).toList(), options.repair() ? "on" : "OFF (checker test)");
        try (ChaosCluster cluster = ChaosCluster.start(options.serverJar(), options.nodes(), options.postgres(),
                options.dir())) {
            if (options.keepDatabase()) {
                cluster.keepDatabase();
            }
            log.printf("chaos: %d nodes up (logs in %s)%n", options.nodes(), options.dir());
            return runOn(cluster);
        }
    }

    private Result runOn(ChaosCluster cluster) throws Exception {
        Random random = new Random(options.seed());
        ClientRest admin = new ClientRest(cluster.nodes().getFirst().url(), ChaosCluster.API_SECRET);
        String ownerToken = userToken(admin, "chaos-owner");
        List<String> userIds = new ArrayList<>();
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < options.clients(); i++) {
            String id = "chaos-" + i;
            userIds.add(id);
            tokens.put(id, userToken(admin, id));
        }
        List<String> roomIds = createRooms(cluster, ownerToken, userIds);
        Ledger ledger = new Ledger();
        List<ChaosClient> clients = new ArrayList<>();
        for (int i = 0; i < userIds.size(); i++) {
            ChaosClient client = new ChaosClient(userIds.get(i), tokens.get(userIds.get(i)), cluster, ledger,
                    options.repair(), random.nextLong(), i % options.nodes());
            holdInitialRooms(cluster, client, roomIds, userIds);
            clients.add(client);
            client.start();
        }
        try {
            return load(cluster, random, ownerToken, tokens, roomIds, ledger, clients);
        } finally {
            for (ChaosClient client : clients) {
                client.stop();
            }
        }
    }

    private Result load(ChaosCluster cluster, Random random, String ownerToken, Map<String, String> tokens,
            List<String> roomIds, Ledger ledger, List<ChaosClient> clients) throws Exception {
        BooleanSupplier settled = () -> clients.stream().allMatch(ChaosClient::settled);
        awaitTrue(settled, SETTLE_LIMIT, "every client connected");
        log.println("chaos: clients connected; load and faults begin");
        var injector = new FaultInjector(cluster, options.faults(), random.nextLong(), settled,
                () -> String.join(", ", clients.stream().map(ChaosClient::unsettled).filter(u -> !u.isEmpty()).toList()),
                log);
        long until = System.currentTimeMillis() + options.duration().toMillis();
        AtomicBoolean loadOn = new AtomicBoolean(true);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> load = new ArrayList<>();
            for (ChaosClient client : clients) {
                var actions = new ClientActions(client, roomIds, ledger, random.nextLong());
                long seed = random.nextLong();
                load.add(threads.submit(() -> act(client, actions, loadOn, new Random(seed))));
            }
            try {
                injector.run(until, options.faultGap().toMillis());
            } finally {
                loadOn.set(false);
            }
            for (Future<?> done : load) {
                done.get();
            }
        }
        log.println("chaos: load and faults over; waiting for the clients to settle");
        awaitSettled(clients, settled);
        long checkStart = System.currentTimeMillis();
        List<Checker.Finding> findings;
        while (true) {
            DatabaseState db = DatabaseState.read(cluster.healthyNode().url(), ownerToken, roomIds, tokens);
            findings = Checker.check(db, ledger, clients);
            if (findings.isEmpty() || System.currentTimeMillis() - checkStart > options.checkLimit().toMillis()) {
                break;
            }
            Thread.sleep(2_000);
        }
        long converged = findings.isEmpty() ? System.currentTimeMillis() - checkStart : -1;
        List<ClientView.Noted> holes = clients.stream().flatMap(c -> c.view.holes().stream()).toList();
        return new Result(findings, injector.records(), ledger.all(), holes, converged, clients.size(), options.nodes());
    }

    private void act(ChaosClient client, ClientActions actions, AtomicBoolean loadOn, Random random) {
        try {
            while (loadOn.get()) {
                Thread.sleep(options.thinkMs() / 2 + random.nextInt(options.thinkMs()));
                if (client.live()) {
                    actions.actOnce();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After the load: re-sends what is still unacknowledged until every client is settled (or time is up). */
    private void awaitSettled(List<ChaosClient> clients, BooleanSupplier settled) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_LIMIT.toMillis();
        while (!settled.getAsBoolean() && System.currentTimeMillis() < deadline) {
            clients.stream().filter(ChaosClient::live).forEach(ChaosClient::resendOverdue);
            Thread.sleep(200);
        }
        if (!settled.getAsBoolean()) {
            log.println("chaos: some clients did not settle within " + SETTLE_LIMIT.toSeconds() + " s");
        }
    }

    private List<String> createRooms(ChaosCluster cluster, String ownerToken, List<String> members) throws IOException {
        ClientRest owner = new ClientRest(cluster.nodes().getFirst().url(), ownerToken);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < options.rooms(); i++) {
            ids.add(owner.expect("POST", "/v1/rooms", Map.of("type", "channel", "name", "chaos " + i,
                    "memberIds", members)).path("id").asText());
        }
        return ids;
    }

    /** A client starts in every room, knowing its members and its position from REST (nothing was said yet). */
    private static void holdInitialRooms(ChaosCluster cluster, ChaosClient client, List<String> roomIds,
            List<String> userIds) throws IOException {
        ClientRest rest = new ClientRest(cluster.nodes().getFirst().url(), client.token);
        Set<String> members = new TreeSet<>(userIds);
        members.add("chaos-owner");
        for (String roomId : roomIds) {
            var room = rest.expect("GET", "/v1/rooms/" + roomId, null);
            client.view.hold(roomId, new RoomView(room.path("lastSeq").asLong(), room.path("lastChange").asLong(),
                    room.path("lastReadSeq").asLong(), members));
        }
    }

    private static String userToken(ClientRest admin, String userId) throws IOException {
        admin.expect("PUT", "/v1/users/" + userId, Map.of("name", userId));
        return admin.expect("POST", "/v1/users/" + userId + "/tokens", Map.of("ttlSeconds", 86_400))
                .path("token").asText();
    }

    private static void awaitTrue(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Where the run's logs and data go, for the command line. */
    static Path defaultDir() throws IOException {
        return java.nio.file.Files.createTempDirectory("parley-chaos-");
    }
}
