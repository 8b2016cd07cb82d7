package dev.parley.server.http;

import dev.parley.server.routing.Routes;
import dev.parley.core.account.AccountService;
import dev.parley.core.auth.IssuedToken;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.protocol.rest.AuthOptions;
import dev.parley.protocol.rest.LoginRequest;
import dev.parley.protocol.rest.Session;
import dev.parley.protocol.rest.SignupRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/** Standalone sign-in with local accounts: options, login, sign-up (no credential needed). */
public final class AccountRoutes implements Routes {
    private final RequestBodies bodies;
    private final AccountService accounts;
    private final boolean enabled;
    private final String appName;
    private final ClientAddress clients;
    private final Supplier<Map<String, Object>> theme;

    public AccountRoutes(RequestBodies bodies, AccountService accounts, boolean enabled, String appName) {
        this(bodies, accounts, enabled, appName, new ClientAddress(false));
    }

    public AccountRoutes(RequestBodies bodies, AccountService accounts, boolean enabled, String appName,
            ClientAddress clients) {
        this(bodies, accounts, enabled, appName, clients, () -> null);
    }

    /**
     * {@code theme}: the web client's as served now, shown on the sign-in page (null: the page
     * keeps its defaults); its {@code appName} is then the app's name.
     */
    public AccountRoutes(RequestBodies bodies, AccountService accounts, boolean enabled, String appName,
            ClientAddress clients, Supplier<Map<String, Object>> theme) {
        this.theme = theme;
        this.clients = clients;
        this.bodies = bodies;
        this.accounts = accounts;
        this.enabled = enabled;
        this.appName = appName;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/auth/options", this::options);
        routes.post("/v1/auth/login", this::login);
        routes.post("/v1/auth/signup", this::signup);
    }

    private void options(Context ctx) {
        Map<String, Object> served = theme.get();
        String name = served == null ? appName : (String) served.get("appName");
        ctx.json(new AuthOptions(enabled, enabled && accounts.signupOpen(), name, served));
    }

    private void login(Context ctx) {
        checkEnabled();
        var body = bodies.read(ctx, LoginRequest.class);
        ctx.json(session(accounts.login(body.userId(), body.password(), clients.of(ctx)), body.userId()));
    }

    private void signup(Context ctx) {
        checkEnabled();
        var body = bodies.read(ctx, SignupRequest.class);
        ctx.status(201).json(session(accounts.signup(body.userId(), body.name(), body.password(), clients.of(ctx)),
                body.userId()));
    }

    private void checkEnabled() {
        if (!enabled) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "local accounts are turned off on this server (accounts.local)");
        }
    }

    private static Session session(IssuedToken token, String userId) {
        return new Session(token.token(), token.expiresAt(), userId);
    }
}
