package dev.parley.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.appearance.AppearanceService;
import dev.parley.core.appearance.AppearanceSettings;
import dev.parley.core.appearance.LiveAppearance;
import dev.parley.core.auth.Admins;
import dev.parley.protocol.rest.AppearanceDocument;
import dev.parley.server.config.ClientProfile;
import dev.parley.server.config.ClientProfiles;
import dev.parley.server.config.LiveProfiles;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET} · {@code PUT} · {@code DELETE /v1/admin/appearance?clientType=web}: a client type's
 * theme and features, changed at run time by app admins ({@code DELETE}: back to the config
 * file's). The answer's {@code ETag} is the stored version (0: none ever stored).
 */
public final class AppearanceRoutes implements Routes {
    private static final String PATH = "/v1/admin/appearance";

    private final AdminGate gate;
    private final RequestBodies bodies;
    private final AppearanceService appearance;
    private final LiveProfiles profiles;

    public AppearanceRoutes(AdminGate gate, RequestBodies bodies, AppearanceService appearance, LiveProfiles profiles) {
        this.gate = gate;
        this.bodies = bodies;
        this.appearance = appearance;
        this.profiles = profiles;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::get);
        routes.put(PATH, this::put);
        routes.delete(PATH, this::delete);
    }

    private void get(Context ctx) {
        String type = clientType(ctx);
        answer(ctx, type, appearance.current(gate.actor(ctx), type));
    }

    private void put(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "change the appearance"); // before reading the body: a non-admin learns nothing more
        String type = clientType(ctx);
        answer(ctx, type, appearance.replace(actor, type, AppearanceBody.read(bodies.read(ctx, JsonNode.class))));
    }

    private void delete(Context ctx) {
        String type = clientType(ctx);
        answer(ctx, type, appearance.replace(gate.actor(ctx), type, AppearanceSettings.NONE));
    }

    private static String clientType(Context ctx) {
        String type = ctx.queryParam("clientType");
        return type == null ? ClientProfiles.WEB : type;
    }

    private void answer(Context ctx, String type, LiveAppearance.Versioned versioned) {
        ClientProfile served = profiles.find(type).orElseThrow();
        ClientProfile defaults = profiles.defaults(type).orElseThrow();
        Map<String, Object> fileDefaults = new LinkedHashMap<>();
        fileDefaults.put("theme", defaults.theme());
        fileDefaults.put("features", defaults.features());
        ctx.header("ETag", "\"" + versioned.version() + "\"").header("Cache-Control", "no-store")
                .json(new AppearanceDocument(type, versioned.version(), served.theme(), served.features(),
                        AppearanceBody.nested(versioned.of(type)), fileDefaults));
    }
}
