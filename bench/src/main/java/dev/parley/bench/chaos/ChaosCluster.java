package dev.parley.bench.chaos;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a chaos run breaks: N node processes on a fresh PostgreSQL database (reached through one
 * proxy, {@link #postgres()}) and the run's own Redis, each node behind a proxy of its own for
 * its clients ({@link #clientProxy}). Everything is removed on close, the database too.
 */
final class ChaosCluster implements AutoCloseable {
    static final String API_SECRET = "sk_chaos_0123456789abcdef0123456789abcdef";
    private final PostgresAdmin postgres;
    private final String database;
    private final RedisProcess redis;
    private final ChaosProxy postgresProxy;
    private final List<NodeProcess> nodes = new ArrayList<>();
    private final List<ChaosProxy> clientProxies = new ArrayList<>();
    private boolean keepDatabase;

    /** The PostgreSQL server the run makes its database on (an admin connection's URL, user, password). */
    record PostgresAdmin(String url, String user, String password) {
        int port() {
            URI uri = URI.create(url.substring("jdbc:".length()));
            return uri.getPort() < 0 ? 5432 : uri.getPort();
        }

        String urlOf(String databaseName, int port) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + databaseName;
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private ChaosCluster(PostgresAdmin postgres, String database, RedisProcess redis, ChaosProxy postgresProxy) {
        this.postgres = postgres;
        this.database = database;
        this.redis = redis;
        this.postgresProxy = postgresProxy;
    }

    static ChaosCluster start(Path jar, int nodeCount, PostgresAdmin postgres, Path dir) throws Exception {
        String database = "parley_chaos_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        postgres.execute("CREATE DATABASE " + database);
        ChaosCluster cluster = new ChaosCluster(postgres, database, RedisProcess.start(dir),
                ChaosProxy.to(postgres.port()));
        try {
            Map<String, String> environment = new HashMap<>(Map.of(
                    "PARLEY_DB_URL", postgres.urlOf(database, cluster.postgresProxy.port()),
                    "PARLEY_DB_USER", postgres.user(),
                    "PARLEY_DB_PASSWORD", postgres.password(),
                    "PARLEY_REDIS_URL", cluster.redis.url(),
                    "PARLEY_FILES_DIR", dir.resolve("shared-files").toString(),
                    "PARLEY_FILES_DIR_SHARED", "true",
                    "PARLEY_API_KEY", "pk_chaos",
                    "PARLEY_API_SECRET", API_SECRET));
            for (int i = 0; i < nodeCount; i++) {
                NodeProcess node = new NodeProcess("node" + (i + 1), jar, dir, environment);
                cluster.nodes.add(node);
                cluster.clientProxies.add(ChaosProxy.to(node.port()));
                node.start();
            }
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    /** Leaves the database in place on close (and says its name), to look into what a run found. */
    void keepDatabase() {
        keepDatabase = true;
    }

    List<NodeProcess> nodes() {
        return nodes;
    }

    RedisProcess redis() {
        return redis;
    }

    ChaosProxy postgres() {
        return postgresProxy;
    }

    /** The proxy node {@code i}'s clients connect through. */
    ChaosProxy clientProxy(int i) {
        return clientProxies.get(i);
    }

    /** The URL a client of node {@code i} uses (through its proxy). */
    String clientUrl(int i) {
        return "http://127.0.0.1:" + clientProxies.get(i).port();
    }

    /** Whether every node answers {@code /ready}. */
    boolean allReady() {
        return nodes.stream().allMatch(NodeProcess::ready);
    }

    /** A node that answers {@code /ready} now (the first when none does). */
    NodeProcess healthyNode() {
        return nodes.stream().filter(NodeProcess::ready).findFirst().orElse(nodes.getFirst());
    }

    @Override
    public void close() {
        for (NodeProcess node : nodes) {
            try {
                node.close();
            } catch (Exception ignored) {
                // best effort: the run is over
            }
        }
        for (AutoCloseable closeable : concat(clientProxies, postgresProxy, redis)) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        if (keepDatabase) {
            System.out.println("chaos: the database is kept: " + database);
            return;
        }
        try {
            postgres.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("chaos: could not drop database " + database + ": " + e.getMessage());
        }
    }

    private static List<AutoCloseable> concat(List<ChaosProxy> proxies, AutoCloseable... more) {
        List<AutoCloseable> all = new ArrayList<>(proxies);
        all.addAll(List.of(more));
        return all;
    }
}
