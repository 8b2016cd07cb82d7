package dev.parley.server;

import dev.parley.core.account.AccountService;
import dev.parley.core.apikey.ApiSecret;
import dev.parley.server.auth.ApiCredentials;
import dev.parley.server.auth.LocalAdmin;
import dev.parley.server.config.ClientProfiles;
import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a starting node sets up for its operator and says in its log: where it listens, the admin's password, the keys. */
final class StartupMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyNode.class);

    private StartupMessages() {
    }

    /** The generated admin's password while it is the generated one (local accounts on), else empty. */
    static Optional<String> localAdmin(AccountService accounts, ParleyConfig config) {
        if (!config.identity().localAccounts()) {
            return Optional.empty();
        }
        try {
            return LocalAdmin.ensure(accounts, config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the admin password in " + config.dataDir(), e);
        }
    }

    static String appName(ParleyConfig config) {
        return config.web().clients().find(ClientProfiles.WEB).map(profile -> (String) profile.theme().get("appName"))
                .orElse("Parley");
    }

    static void announce(ParleyConfig config, ApiCredentials credentials, ApiSecret stored, String url,
            Optional<String> adminPassword) {
        LOG.info("listening on {}", url);
        String browserUrl = config.web().publicUrl().isEmpty() ? url.replace("://0.0.0.0:", "://127.0.0.1:")
                : config.web().publicUrl();
        adminPassword.ifPresent(password ->
                LOG.info("open {}/ and sign in as {} / {}", browserUrl, AccountService.ADMIN_ID, password));
        LOG.info("API key: {}", credentials.key());
        boolean fromFile = stored.secret().equals(credentials.secret());
        if (credentials.generatedNow() && fromFile) {
            LOG.info("API secret (shown once; kept in {}): {}",
                    config.dataDir().resolve(ApiCredentials.FILE_NAME).toAbsolutePath().normalize(), credentials.secret());
        } else if (!fromFile) {
            LOG.info("the API secret in force is the one stored in the database (version {}, made {});"
                    + " the configured or data dir one is not used", stored.version(), stored.createdAt());
        }
    }
}
