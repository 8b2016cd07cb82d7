package dev.parley.server.http;

import dev.parley.server.auth.GatewayIdentity;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.auth.oidc.HostIdentity;
import dev.parley.server.routing.Routes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.auth.AuthService;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.user.DirectoryVisibility;
import dev.parley.core.user.User;
import dev.parley.core.user.UserService;
import dev.parley.protocol.rest.ChatConfig;
import dev.parley.server.auth.ApiCredentials;
import dev.parley.server.config.ClientProfile;
import dev.parley.server.config.LiveProfiles;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.protocol.WireMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /chat/config?clientType=web} (also under {@code /v1}): what a web client boots
 * from. The caller is identified by a user token or, when configured, by the gateway's
 * trusted header, in which case a fresh token is issued for them.
 */
public final class ChatConfigRoutes implements Routes {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");

    private final Authenticator authenticator;
    private final ApiCredentials credentials;
    private final AuthService auth;
    private final UserService users;
    private final LiveGrants grants;
    private final ParleyConfig.Web web;
    private final LiveProfiles profiles;
    private final ChatConfig.FileLimits fileLimits;
    private final GatewayIdentity gateway;
    private final boolean provision;
    /** The host's identity provider (OIDC), or null when not configured. */
    private final HostIdentity hostIdentity;
    private final boolean provisionFromProvider;

    public ChatConfigRoutes(Authenticator authenticator, ApiCredentials credentials, AuthService auth, UserService users,
            LiveGrants grants, LiveProfiles profiles, ParleyConfig config, ObjectMapper mapper) {
        this.profiles = profiles;
        this.authenticator = authenticator;
        this.credentials = credentials;
        this.auth = auth;
        this.users = users;
        this.grants = grants;
        this.web = config.web();
        var files = config.files();
        this.fileLimits = new ChatConfig.FileLimits(files.maxBytes(), files.avatarMaxBytes(), files.voiceMaxBytes(),
                files.voiceMaxSeconds(), files.linkLifetime().toSeconds());
        this.gateway = new GatewayIdentity(config.identity().trustedHeader(), mapper);
        this.provision = config.identity().trustedHeader().provision();
        var oidc = config.identity().oidc();
        this.hostIdentity = oidc.enabled() ? new HostIdentity(oidc, java.time.Clock.systemUTC()) : null;
        this.provisionFromProvider = oidc.provision();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/chat/config", this::config);
        routes.get("/v1/chat/config", this::config);
    }

    private record Session(String userId, String token) {
    }

    private void config(Context ctx) {
        ClientProfile profile = profile(ctx.queryParam("clientType"));
        Session session = identify(ctx);
        User user = users.get(session.userId());
        Map<String, Boolean> granted = ConfigPermissions.of(grants.current(), user.role());
        // Also the server's users.directory setting (none = nobody can be searched for).
        granted.put("searchUsers", granted.get("searchUsers") && users.directoryVisibility() != DirectoryVisibility.NONE);
        String base = baseUrl(ctx);
        var body = new ChatConfig(
                new ChatConfig.Authentication(user.id(), session.token(), credentials.key()),
                new ChatConfig.ChatUser(user.id(), user.name(), user.avatarUrl(), WireMapper.appRole(user.role())),
                profile.theme(), profile.features(), granted,
                new ChatConfig.Endpoints(base + "/v1", base.replaceFirst("^http", "ws") + "/v1/ws"), fileLimits);
        ctx.header("Cache-Control", "no-store").json(body);
    }

    private ClientProfile profile(String clientType) {
        String type = clientType == null ? "web" : clientType;
        return profiles.find(type).orElseThrow(() -> ParleyException.invalid("clientType must be one of "
                + String.join(", ", profiles.clientTypes().stream().sorted().toList())));
    }

    private Session identify(Context ctx) {
        if (hostIdentity != null && Authenticator.presentsCredential(ctx)
                && HostIdentity.looksLikeProviderToken(Authenticator.presentedToken(ctx))) {
            var person = hostIdentity.identify(Authenticator.presentedToken(ctx));
            if (provisionFromProvider) {
                users.provision(person.id(), person.name(), person.avatarUrl());
            }
            return issue(person.id(), "the identity provider's user ");
        }
        if (Authenticator.presentsCredential(ctx) || !gateway.enabled()) {
            String userId = authenticator.user(ctx).actor().userId();
            return new Session(userId, Authenticator.presentedToken(ctx));
        }
        var person = gateway.identify(ctx).orElseThrow(() -> new ParleyException(ErrorCode.UNAUTHENTICATED,
                "send Authorization: Bearer <user token>, or come through the gateway that sets the trusted user header"));
        if (provision) {
            users.provision(person.id(), person.name());
        }
        return issue(person.id(), "the gateway's user ");
    }

    /** A fresh user token for someone a trusted source ({@code who}) named. */
    private Session issue(String userId, String who) {
        try {
            return new Session(userId, auth.issue(userId, null).token());
        } catch (ParleyException e) {
            throw switch (e.code()) {
                case USER_NOT_FOUND -> new ParleyException(ErrorCode.UNAUTHENTICATED,
                        who + userId + " is not a Parley user");
                case USER_INACTIVE -> new ParleyException(ErrorCode.USER_DEACTIVATED,
                        "user " + userId + " is deactivated");
                default -> e;
            };
        }
    }

    /** The configured public URL, else what the request was sent to. */
    private String baseUrl(Context ctx) {
        if (!web.publicUrl().isEmpty()) {
            return web.publicUrl();
        }
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            host = ctx.req().getLocalName() + ":" + ctx.port();
        }
        return ("https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http") + "://" + host;
    }
}
