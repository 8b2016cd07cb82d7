package dev.parley.server.auth;

import dev.parley.core.account.AccountService;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The first local account: on a server with none, {@code admin} (app role admin) with a
 * generated password kept as {@code adminPassword} in the data dir's credentials file, so a
 * newcomer can sign in at once. The password is shown at startup while it is still the
 * generated one.
 */
public final class LocalAdmin {
    private static final String PROPERTY = "adminPassword";

    private LocalAdmin() {
    }

    /** The generated admin password to show, if the admin still has it. */
    public static Optional<String> ensure(AccountService accounts, Path dataDir) throws IOException {
        Properties properties = CredentialsFile.read(dataDir);
        String known = properties.getProperty(PROPERTY);
        String password = known != null ? known : generate();
        if (accounts.createFirstAdmin(password)) {
            if (known == null) {
                properties.setProperty(PROPERTY, password);
                CredentialsFile.write(dataDir, properties);
            }
            return Optional.of(password);
        }
        return known != null && accounts.hasGeneratedPassword(AccountService.ADMIN_ID) ? Optional.of(known) : Optional.empty();
    }

    /**
     * After the admin's password was set by hand: drops the generated one from the credentials
     * file, which would otherwise show a password that no longer works. Returns whether it did.
     */
    public static boolean forgetGenerated(Path dataDir) throws IOException {
        Properties properties = CredentialsFile.read(dataDir);
        if (properties.remove(PROPERTY) == null) {
            return false;
        }
        CredentialsFile.write(dataDir, properties);
        return true;
    }

    private static String generate() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
