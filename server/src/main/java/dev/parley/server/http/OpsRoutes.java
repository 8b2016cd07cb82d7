package dev.parley.server.http;

import dev.parley.server.routing.Routes;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.EventBus;
import dev.parley.core.store.Store;
import dev.parley.protocol.rest.Status;
import dev.parley.server.ops.ParleyMetrics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Liveness, readiness, metrics and the OpenAPI document; no credentials needed. */
public final class OpsRoutes implements Routes {
    private final Store store;
    private final EventBus bus;
    private final ParleyMetrics metrics;
    private final byte[] openApi;

    public OpsRoutes(Store store, EventBus bus, ParleyMetrics metrics) {
        this.store = store;
        this.bus = bus;
        this.metrics = metrics;
        this.openApi = resource("/openapi.json");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(new Status("up")));
        routes.get("/ready", this::ready);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        routes.get("/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void ready(Context ctx) {
        if (!store.isHealthy()) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the database does not answer");
        }
        if (!bus.available()) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the cluster's event bus (Redis) does not answer");
        }
        ctx.json(new Status("ready"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
