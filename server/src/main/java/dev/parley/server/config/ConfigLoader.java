package dev.parley.server.config;

import dev.parley.core.user.DirectoryVisibility;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads the configuration from defaults &lt; config file &lt; environment &lt; flags, and
 * validates every value, naming the key (and where it came from) when one is wrong.
 */
public final class ConfigLoader {
    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * @param configFile the properties file to read, or null for none
     * @param flags values given on the command line, by key
     */
    public ParleyConfig load(Path configFile, Map<String, String> flags) {
        Map<String, Source> values = new HashMap<>();
        for (Setting setting : Settings.ALL) {
            values.put(setting.key(), new Source(setting.defaultValue(), "default"));
        }
        Map<String, ConfigValue> sections = new HashMap<>();
        if (configFile != null) {
            readFile(configFile).forEach((key, value) -> {
                if (isSectionKey(key)) {
                    sections.put(key, new ConfigValue(value, configFile + ": " + key));
                } else {
                    values.put(key, new Source(value, configFile + ": " + key));
                }
            });
        }
        for (Setting setting : Settings.ALL) {
            String value = environment.get(setting.envName());
            if (value != null) {
                values.put(setting.key(), new Source(value, setting.envName()));
            }
        }
        flags.forEach((key, value) -> values.put(key, new Source(value, "flag " + "--" + key.replace('.', '-'))));
        ParleyConfig config = validate(values);
        var web = config.web();
        return config.withWeb(new ParleyConfig.Web(web.publicUrl(), web.frameOrigins(), web.allowedOrigins(),
                        ChatSection.clients(sections)))
                .withGrants(PermissionsSection.grants(sections));
    }

    /** Keys of the file-only sections (see {@link ChatSection}). */
    private static boolean isSectionKey(String key) {
        return key.startsWith(ChatSection.CHAT) || key.startsWith(PermissionsSection.PERMISSIONS)
                || key.startsWith(PermissionsSection.GRANTS);
    }

    private record Source(String value, String origin) {
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Set<String> known = Settings.ALL.stream().map(Setting::key).collect(Collectors.toSet());
        Map<String, String> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!known.contains(key) && !isSectionKey(key)) {
                throw new ConfigException(file + ": unknown key '" + key + "' (known: " + String.join(", ", known)
                        + ", and the sections chat.<clientType>.…, grants.<scope>.<role> and permissions.<role>.…)");
            }
            values.put(key, properties.getProperty(key).trim());
        }
        return values;
    }

    private static ParleyConfig validate(Map<String, Source> values) {
        var reader = new Values(values);
        String dbUrl = reader.text(Settings.DB_URL);
        if (!dbUrl.isEmpty() && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:h2:")) {
            throw reader.bad(Settings.DB_URL, "must be a jdbc:postgresql:// (or jdbc:h2:) URL");
        }
        String redis = reader.text(Settings.REDIS_URL);
        if (!redis.isEmpty() && !redis.startsWith("redis://") && !redis.startsWith("rediss://")) {
            throw reader.bad(Settings.REDIS_URL, "must be a redis:// (or rediss://) URL");
        }
        if (!redis.isEmpty() && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw reader.bad(Settings.REDIS_URL, "cluster mode needs a shared PostgreSQL database (db.url)");
        }
        String secret = reader.text(Settings.API_SECRET);
        if (!secret.isEmpty() && secret.length() < 32) {
            throw reader.bad(Settings.API_SECRET, "must be at least 32 characters");
        }
        String key = reader.text(Settings.API_KEY);
        if (key.isEmpty() != secret.isEmpty()) {
            throw reader.bad(Settings.API_SECRET, "set both api.key and api.secret, or neither");
        }
        List<String> frameOrigins = reader.origins(Settings.WEB_FRAME_ORIGINS, false);
        List<String> allowedOrigins = reader.text(Settings.WEB_ALLOWED_ORIGINS).isEmpty()
                ? frameOrigins : reader.origins(Settings.WEB_ALLOWED_ORIGINS, true);
        var web = new ParleyConfig.Web(reader.publicUrl(Settings.WEB_PUBLIC_URL), frameOrigins, allowedOrigins,
                ClientProfiles.DEFAULT);
        var header = new ParleyConfig.TrustedHeader(reader.headerName(Settings.HEADER_USER_ID),
                reader.headerName(Settings.HEADER_USER_PROPERTIES), reader.path(Settings.HEADER_ID_PATH),
                reader.path(Settings.HEADER_NAME_PATH), reader.bool(Settings.HEADER_PROVISION));
        var identity = new ParleyConfig.Identity(reader.bool(Settings.ACCOUNTS_LOCAL), reader.bool(Settings.ACCOUNTS_SIGNUP),
                header, reader.bool(Settings.HTTP_TRUST_FORWARDED_FOR), reader.directory(Settings.USERS_DIRECTORY),
                reader.oidc());
        return new ParleyConfig(
                new ParleyConfig.Http(reader.text(Settings.HTTP_HOST), reader.integer(Settings.HTTP_PORT, 0, 65535)),
                Path.of(reader.nonEmpty(Settings.DATA_DIR)),
                new ParleyConfig.Database(dbUrl, reader.text(Settings.DB_USER), reader.text(Settings.DB_PASSWORD),
                        reader.integer(Settings.DB_POOL_SIZE, 1, 500), reader.bool(Settings.DB_SYNC_COMMITS)),
                redis,
                new ParleyConfig.Api(key, secret),
                new ParleyConfig.Messages(reader.integer(Settings.MAX_TEXT_LENGTH, 1, 100_000),
                        reader.bool(Settings.GROUP_COMMIT),
                        java.time.Duration.ofSeconds(reader.integer(Settings.STREAM_IDLE_SECONDS, 1, 86_400)),
                        reader.integer(Settings.RATE_LIMIT_MESSAGES, 0, 1_000_000),
                        java.time.Duration.ofSeconds(reader.integer(Settings.RATE_LIMIT_WINDOW, 1, 86_400))),
                new ParleyConfig.WebSocket(reader.integer(Settings.WS_OUTBOX_SIZE, 16, 1_000_000),
                        reader.integer(Settings.WS_REPLAY_LIMIT, 1, 100_000),
                        reader.integer(Settings.WS_IDLE_TIMEOUT, 5, 3600),
                        reader.integer(Settings.WS_REPLAY_CACHE_MB, 0, 65_536)),
                web, identity, dev.parley.core.grant.Grants.DEFAULT,
                new ParleyConfig.Webhooks(reader.bool(Settings.WEBHOOKS_ALLOW_LOOPBACK),
                        reader.durations(Settings.WEBHOOKS_RETRY_DELAYS),
                        java.time.Duration.ofSeconds(reader.integer(Settings.WEBHOOKS_TIMEOUT_SECONDS, 1, 120)),
                        reader.bool(Settings.WEBHOOKS_DISPATCH)),
                FileSettings.read(reader, Path.of(reader.nonEmpty(Settings.DATA_DIR)), !redis.isEmpty()),
                new ParleyConfig.Rooms(reader.bool(Settings.ROOMS_EXPLICIT_JOINS)),
                socketIo(reader),
                CallsSettings.read(reader::text, reader::integer, reader::bad));
    }

    private static ParleyConfig.SocketIo socketIo(Values reader) {
        int interval = reader.integer(Settings.SOCKETIO_PING_INTERVAL, 1, 3600);
        int timeout = reader.integer(Settings.SOCKETIO_PING_TIMEOUT, 1, 3600);
        return new ParleyConfig.SocketIo(reader.bool(Settings.SOCKETIO_ENABLED), java.time.Duration.ofSeconds(interval),
                java.time.Duration.ofSeconds(timeout), reader.integer(Settings.SOCKETIO_MAX_PAYLOAD, 1_000, 100_000_000),
                java.time.Duration.ofSeconds(reader.integer(Settings.SOCKETIO_CONNECT_TIMEOUT, 1, 3600)),
                reader.integer(Settings.SOCKETIO_OUTBOX_SIZE, 16, 1_000_000));
    }

    private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?");
    private static final Pattern PUBLIC_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~/-]*)?");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smh])");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~/%:@-]*)?");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern DOT_PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,9}");

    /** Reads typed values, failing with the key and its origin. */
    private record Values(Map<String, Source> values) implements FileSettings.Reader {
        @Override
        public String text(Setting setting) {
            return values.get(setting.key()).value().trim();
        }

        String nonEmpty(Setting setting) {
            String value = text(setting);
            if (value.isEmpty()) {
                throw bad(setting, "must not be empty");
            }
            return value;
        }

        @Override
        public int integer(Setting setting, int min, int max) {
            try {
                int value = Integer.parseInt(text(setting));
                if (value < min || value > max) {
                    throw bad(setting, "must be between " + min + " and " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw bad(setting, "must be a whole number");
            }
        }

        DirectoryVisibility directory(Setting setting) {
            DirectoryVisibility visibility = DirectoryVisibility.parse(text(setting));
            if (visibility == null) {
                throw bad(setting, "must be all, shared-rooms or none");
            }
            return visibility;
        }

        @Override
        public boolean bool(Setting setting) {
            return switch (text(setting).toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw bad(setting, "must be true or false");
            };
        }

        /** Comma-separated origins: scheme://host[:port], a host may start with *. (a CSP source). */
        List<String> origins(Setting setting, boolean star) {
            List<String> origins = new ArrayList<>();
            for (String part : text(setting).split(",")) {
                String origin = part.trim();
                if (origin.isEmpty()) {
                    continue;
                }
                if (star && origin.equals("*")) {
                    origins.add(origin);
                } else if (ORIGIN.matcher(origin).matches()) {
                    origins.add(origin.toLowerCase(Locale.ROOT));
                } else {
                    throw bad(setting, "'" + origin + "' is not an origin like https://app.example.com"
                            + " (scheme, host and port only, no path)" + (star ? " or *" : ""));
                }
            }
            return List.copyOf(origins);
        }

        String publicUrl(Setting setting) {
            String url = text(setting);
            if (!url.isEmpty() && !PUBLIC_URL.matcher(url).matches()) {
                throw bad(setting, "must be an http(s) URL like https://chat.example.com (an optional path, no query)");
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        /** A comma-separated list of durations like {@code 5s,2m,1h}: 1 to 30 of them, each 1 s to 24 h. */
        List<java.time.Duration> durations(Setting setting) {
            List<java.time.Duration> durations = new java.util.ArrayList<>();
            for (String part : text(setting).split(",")) {
                Matcher matcher = DURATION.matcher(part.trim());
                if (!matcher.matches()) {
                    throw bad(setting, "must be durations like 5s,30s,2m,1h, comma-separated");
                }
                long amount = Long.parseLong(matcher.group(1));
                java.time.Duration duration = switch (matcher.group(2)) {
                    case "s" -> java.time.Duration.ofSeconds(amount);
                    case "m" -> java.time.Duration.ofMinutes(amount);
                    default -> java.time.Duration.ofHours(amount);
                };
                if (duration.isZero() || duration.compareTo(java.time.Duration.ofHours(24)) > 0) {
                    throw bad(setting, "each pause must be between 1s and 24h");
                }
                durations.add(duration);
            }
            if (durations.size() > 30) {
                throw bad(setting, "at most 30 pauses");
            }
            return durations;
        }

        String headerName(Setting setting) {
            String name = text(setting);
            if (!name.isEmpty() && !HEADER_NAME.matcher(name).matches()) {
                throw bad(setting, "must be an HTTP header name (letters, digits and -)");
            }
            return name;
        }

        String path(Setting setting) {
            String path = text(setting);
            if (!DOT_PATH.matcher(path).matches()) {
                throw bad(setting, "must be a dot-notation path like user.id");
            }
            return path;
        }

        ParleyConfig.Oidc oidc() {
            String issuer = text(Settings.OIDC_ISSUER);
            if (!issuer.isEmpty() && !HTTP_URL.matcher(issuer).matches()) {
                throw bad(Settings.OIDC_ISSUER, "must be the issuer's http(s) URL, exactly as its tokens' iss claim says");
            }
            String jwks = text(Settings.OIDC_JWKS_URL);
            if (!jwks.isEmpty() && !HTTP_URL.matcher(jwks).matches()) {
                throw bad(Settings.OIDC_JWKS_URL, "must be an http(s) URL of the issuer's JSON Web Key Set");
            }
            String audience = text(Settings.OIDC_AUDIENCE);
            if (!issuer.isEmpty() && jwks.isEmpty()) {
                throw bad(Settings.OIDC_JWKS_URL, "must be set when auth.oidc.issuer is");
            }
            if (!issuer.isEmpty() && audience.isEmpty()) {
                throw bad(Settings.OIDC_AUDIENCE, "must be set when auth.oidc.issuer is (the aud your tokens carry)");
            }
            String prefix = text(Settings.OIDC_STRIP_PREFIX);
            if (prefix.length() > 100) {
                throw bad(Settings.OIDC_STRIP_PREFIX, "must be at most 100 characters");
            }
            return new ParleyConfig.Oidc(issuer, jwks, audience, path(Settings.OIDC_USER_CLAIM), prefix,
                    path(Settings.OIDC_NAME_CLAIM), path(Settings.OIDC_AVATAR_CLAIM), bool(Settings.OIDC_PROVISION),
                    integer(Settings.OIDC_CLOCK_SKEW, 0, 3600));
        }

        @Override
        public ConfigException bad(Setting setting, String problem) {
            Source source = values.get(setting.key());
            String shown = setting.secret() ? "***" : "'" + source.value() + "'";
            return new ConfigException("invalid configuration " + setting.key() + " = " + shown + " (from "
                    + source.origin() + "): " + problem);
        }
    }
}
