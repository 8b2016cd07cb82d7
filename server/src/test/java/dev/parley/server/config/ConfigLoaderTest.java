package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.user.DirectoryVisibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaults_give_a_local_node_on_the_embedded_database() {
        ParleyConfig config = new ConfigLoader(Map.of()).load(null, Map.of());

        assertThat(config.http()).isEqualTo(new ParleyConfig.Http("127.0.0.1", 8080));
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.messages()).isEqualTo(new ParleyConfig.Messages(4000, true));
        assertThat(config.ws()).isEqualTo(ParleyConfig.WebSocket.DEFAULT);
    }

    @Test
    void the_file_is_overridden_by_the_environment_which_is_overridden_by_flags() throws Exception {
        Path file = Files.writeString(dir.resolve("parley.properties"), "http.port=9000\nhttp.host=0.0.0.0\ndata.dir=/srv\n");
        var environment = Map.of("PARLEY_HTTP_PORT", "9100", "PARLEY_DATA_DIR", "/env");

        ParleyConfig config = new ConfigLoader(environment).load(file, Map.of("http.port", "9200"));

        assertThat(config.http()).isEqualTo(new ParleyConfig.Http("0.0.0.0", 9200));
        assertThat(config.dataDir()).isEqualTo(Path.of("/env"));
    }

    @Test
    void explicit_joins_and_the_socket_io_section_come_from_file_environment_and_flags() throws Exception {
        Path file = Files.writeString(dir.resolve("parley.properties"), "rooms.explicit-joins=true\n"
                + "socketio.ping-interval-seconds=10\nsocketio.ping-timeout-seconds=5\nsocketio.max-payload=2000\n"
                + "socketio.enabled=false\n");
        var environment = Map.of("PARLEY_SOCKETIO_PING_TIMEOUT_SECONDS", "7", "PARLEY_SOCKETIO_ENABLED", "true");

        ParleyConfig config = new ConfigLoader(environment).load(file, Map.of("socketio.max-payload", "3000",
                "socketio.outbox-size", "64"));

        assertThat(config.rooms().explicitJoins()).isTrue();
        assertThat(config.socketIo()).isEqualTo(new ParleyConfig.SocketIo(true, java.time.Duration.ofSeconds(10),
                java.time.Duration.ofSeconds(7), 3000, java.time.Duration.ofSeconds(45), 64));
        ParleyConfig defaults = new ConfigLoader(Map.of()).load(null, Map.of());
        assertThat(defaults.rooms()).isEqualTo(ParleyConfig.Rooms.DEFAULT);
        assertThat(defaults.socketIo()).isEqualTo(ParleyConfig.SocketIo.DEFAULT);
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PARLEY_SOCKETIO_MAX_PAYLOAD", "10")).load(null, Map.of()))
                .hasMessageContaining("socketio.max-payload").hasMessageContaining("PARLEY_SOCKETIO_MAX_PAYLOAD")
                .hasMessageContaining("between 1000 and 100000000");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("rooms.explicit-joins", "sometimes")))
                .hasMessageContaining("rooms.explicit-joins").hasMessageContaining("true or false");
    }

    @Test
    void the_shared_replay_frames_take_32_mib_unless_told_and_0_turns_them_off() {
        assertThat(new ConfigLoader(Map.of()).load(null, Map.of()).ws().replayCacheMb()).isEqualTo(32);
        assertThat(new ConfigLoader(Map.of("PARLEY_WS_REPLAY_CACHE_MB", "0")).load(null, Map.of()).ws().replayCacheMb())
                .isZero();
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("ws.replay-cache-mb", "-1")))
                .hasMessageContaining("ws.replay-cache-mb");
    }

    @Test
    void a_bad_value_is_reported_with_its_key_and_origin() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PARLEY_HTTP_PORT", "eighty")).load(null, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port").hasMessageContaining("PARLEY_HTTP_PORT")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("http.port", "70000")))
                .hasMessageContaining("http.port").hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("messages.group-commit", "maybe")))
                .hasMessageContaining("messages.group-commit");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("db.url", "mysql://x")))
                .hasMessageContaining("db.url");
    }

    @Test
    void the_directory_visibility_and_forwarded_address_trust_are_read_and_checked() {
        ParleyConfig config = new ConfigLoader(Map.of("PARLEY_USERS_DIRECTORY", "Shared-Rooms"))
                .load(null, Map.of("http.trust-forwarded-for", "true"));

        assertThat(config.identity().directory()).isEqualTo(DirectoryVisibility.SHARED_ROOMS);
        assertThat(config.identity().trustForwardedFor()).isTrue();
        assertThat(new ConfigLoader(Map.of()).load(null, Map.of()).identity().directory())
                .isEqualTo(DirectoryVisibility.ALL);
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PARLEY_USERS_DIRECTORY", "friends")).load(null, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("users.directory")
                .hasMessageContaining("PARLEY_USERS_DIRECTORY").hasMessageContaining("all, shared-rooms or none");
    }

    @Test
    void cluster_mode_needs_a_redis_url_and_a_shared_postgresql_database() {
        String postgres = "jdbc:postgresql://127.0.0.1:5432/parley";

        ParleyConfig config = new ConfigLoader(Map.of("PARLEY_REDIS_URL", "redis://127.0.0.1:6379",
                "PARLEY_DB_URL", postgres, "PARLEY_FILES_DIR_SHARED", "true")).load(null, Map.of());

        assertThat(config.redisUrl()).isEqualTo("redis://127.0.0.1:6379");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PARLEY_REDIS_URL", "redis://127.0.0.1:6379"))
                .load(null, Map.of()))
                .hasMessageContaining("redis.url").hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PARLEY_REDIS_URL", "http://127.0.0.1:6379",
                "PARLEY_DB_URL", postgres)).load(null, Map.of()))
                .hasMessageContaining("redis.url").hasMessageContaining("redis://");
    }

    @Test
    void cluster_mode_refuses_a_local_file_directory_not_declared_shared() {
        var cluster = Map.of("PARLEY_REDIS_URL", "redis://127.0.0.1:6379", "PARLEY_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/parley");

        assertThatThrownBy(() -> new ConfigLoader(cluster).load(null, Map.of()))
                .hasMessageContaining("files.dir-shared").hasMessageContaining("cluster mode");
        assertThat(new ConfigLoader(cluster).load(null, Map.of("files.dir", "/mnt/shared/parley",
                "files.dir-shared", "true")).files().directory()).isEqualTo(java.nio.file.Path.of("/mnt/shared/parley"));
    }

    @Test
    void s3_storage_needs_an_endpoint_a_bucket_and_keys_and_never_prints_the_secret() {
        var s3 = new java.util.HashMap<>(Map.of("PARLEY_FILES_STORAGE", "s3", "PARLEY_FILES_S3_ENDPOINT",
                "http://127.0.0.1:9000", "PARLEY_FILES_S3_BUCKET", "chat", "PARLEY_FILES_S3_ACCESS_KEY", "id",
                "PARLEY_FILES_S3_SECRET_KEY", "very-secret-key"));

        var config = new ConfigLoader(s3).load(null, Map.of()).files().s3();
        assertThat(config.bucket()).isEqualTo("chat");
        assertThat(config.pathStyle()).isTrue();
        assertThat(config.toString()).doesNotContain("very-secret-key");
        s3.remove("PARLEY_FILES_S3_BUCKET");
        assertThatThrownBy(() -> new ConfigLoader(s3).load(null, Map.of())).hasMessageContaining("files.s3.bucket");
        s3.put("PARLEY_FILES_S3_ENDPOINT", "s3.amazonaws.com");
        assertThatThrownBy(() -> new ConfigLoader(s3).load(null, Map.of())).hasMessageContaining("files.s3.endpoint");
    }

    @Test
    void file_limits_are_read_in_mib_with_defaults_of_25_4_and_10() {
        var defaults = new ConfigLoader(Map.of()).load(null, Map.of()).files();
        var changed = new ConfigLoader(Map.of("PARLEY_FILES_MAX_MIB", "100")).load(null, Map.of()).files();

        assertThat(defaults.maxBytes()).isEqualTo(25L * 1024 * 1024);
        assertThat(defaults.avatarMaxBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(defaults.voiceMaxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(defaults.voiceMaxSeconds()).isEqualTo(600);
        assertThat(changed.maxBytes()).isEqualTo(100L * 1024 * 1024);
        assertThatThrownBy(() -> new ConfigLoader(Map.of("PARLEY_FILES_MAX_MIB", "0")).load(null, Map.of()))
                .hasMessageContaining("files.max-mib");
    }

    @Test
    void a_short_secret_is_refused_without_printing_it() {
        var environment = Map.of("PARLEY_API_KEY", "pk", "PARLEY_API_SECRET", "too-short-secret");

        assertThatThrownBy(() -> new ConfigLoader(environment).load(null, Map.of()))
                .hasMessageContaining("api.secret").hasMessageContaining("at least 32")
                .hasMessageNotContaining("too-short-secret");
    }

    @Test
    void unknown_keys_in_the_file_are_refused_by_name() throws Exception {
        Path file = Files.writeString(dir.resolve("parley.properties"), "http.prot=9000\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, Map.of()))
                .hasMessageContaining("http.prot");
    }
}
