package dev.parley.server.http;

import dev.parley.server.routing.Routes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.hardening.NewlineJson;
import dev.parley.server.hardening.RepeatedHeaders;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.web.Cors;
import dev.parley.server.web.WebApp;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Javalin on Jetty with virtual threads, the routes, problem+json for every
 * error, and request metrics.
 */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    public static Javalin create(ObjectMapper mapper, ParleyMetrics metrics, List<Routes> resources, WebApp web,
            Cors cors) {
        Problems problems = new Problems(mapper);
        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = RequestBodies.MAX_BYTES;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new NewlineJson(new JavalinJackson(mapper, true)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(problems)));
            config.requestLogger.http((ctx, ms) -> metrics.recordRequest(ctx.method().name(), routeOf(ctx),
                    ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000))));
            config.routes.before(RepeatedHeaders::check);
            config.routes.before(HttpApi::drainUnusedBody);
            var upgrades = new WebSocketUpgrades(problems);
            config.routes.wsBeforeUpgrade("/v1/ws", upgrades::check);
            config.routes.get("/v1/ws", upgrades::check);
            config.routes.before(web::before);
            config.routes.before(cors::before);
            resources.forEach(resource -> resource.register(config.routes));
            config.routes.exception(ParleyException.class, (e, ctx) -> problems.write(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 404 && web.fallback(ctx)) {
                    return;
                }
                problems.write(ctx, Problems.forStatus(e.getStatus()), detail(e));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (ClientGone.causedBy(e)) {
                    LOG.debug("the client went away during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    return;
                }
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                problems.write(ctx, ErrorCode.INTERNAL, "the server failed; the error was logged");
            });
            for (int status : new int[] {404, 405}) {
                config.routes.error(status, "*", ctx -> {
                    if (!Problems.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                        problems.write(ctx, Problems.forStatus(status), "no route " + ctx.method() + " " + ctx.path());
                    }
                });
            }
        });
    }

    private static String detail(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "no such route";
            case 405 -> "this route does not take that method";
            default -> e.getMessage();
        };
    }

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException unmatched) {
            return "unmatched";
        }
    }

    /**
     * Reads a JSON body whole before the route runs (the route's {@link RequestBodies} takes it
     * from there), and drops a body sent with a method whose routes take none. A body the route
     * leaves unread — a route that ignores it, like {@code POST …/rotate-secret {}}, or whose bytes
     * arrive after the answer was made — makes Jetty end the connection after the response without
     * saying so, and the client's next request on it fails. Bodies are bounded by
     * {@code maxRequestSize} as everywhere; a larger JSON body is refused by size in the route.
     */
    private static void drainUnusedBody(io.javalin.http.Context ctx) {
        String method = ctx.method().name();
        boolean takesNoBody = method.equals("GET") || method.equals("HEAD") || method.equals("DELETE")
                || method.equals("OPTIONS");
        long length = ctx.contentLength();
        String type = ctx.contentType();
        boolean smallJson = length <= RequestBodies.MAX_BYTES && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        if (length > 0 && (takesNoBody || smallJson)) {
            RequestBodies.keepDrained(ctx, ctx.bodyAsBytes());
        }
    }
}
