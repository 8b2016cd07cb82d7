package dev.parley.server.web;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the web UI: the app at {@code /} (and for any other HTML navigation outside the
 * API), one room for iframes at {@code /embed/rooms/{roomId}}, the admin panel at {@code /admin}
 * (never framed), the {@code <parley-chat>}
 * widget at {@code /widget.js}, the micro-frontend build at {@code /micro/} (an HTML entry) and
 * {@code /micro/parley.js} (UMD), and the hashed build files at {@code /assets/…}. HTML carries
 * a Content-Security-Policy; only embeds may be framed, and only by {@code web.frame-origins}.
 * Pages may connect to this server and to the media servers of calls (a LiveKit server).
 */
public final class WebApp implements Routes {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";
    private static final Set<String> API_PREFIXES = Set.of("/v1", "/chat", "/health", "/ready", "/metrics");

    private final WebAssets assets;
    private final String appPolicy;
    private final String embedPolicy;
    private final String adminPolicy;

    public WebApp(WebAssets assets, List<String> frameOrigins) {
        this(assets, frameOrigins, List.of());
    }

    /** {@code connectOrigins}: other servers the pages talk to (LiveKit: its WebSocket and HTTPS origins). */
    public WebApp(WebAssets assets, List<String> frameOrigins, List<String> connectOrigins) {
        this.assets = assets;
        this.appPolicy = policy(List.of(), connectOrigins);
        this.embedPolicy = policy(frameOrigins, connectOrigins);
        this.adminPolicy = appPolicy.replace("frame-ancestors 'self'", "frame-ancestors 'none'");
    }

    /**
     * The origins a page needs to reach a LiveKit server at {@code url} ({@code wss://host}): its
     * signal WebSocket and the HTTPS endpoint livekit-client validates a refused connection with.
     */
    public static List<String> liveKitOrigins(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        java.net.URI uri = java.net.URI.create(url.strip());
        String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        boolean secure = "wss".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        return secure ? List.of("wss://" + host, "https://" + host) : List.of("ws://" + host, "http://" + host);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> page(ctx, "index.html", appPolicy));
        routes.get("/embed/rooms/{roomId}", ctx -> page(ctx, "embed.html", embedPolicy));
        routes.get("/admin", ctx -> page(ctx, "admin.html", adminPolicy));
        routes.get("/widget.js", ctx -> crossOrigin(ctx, "widget.js"));
        // the micro-frontend build (qiankun, micro-lc): an HTML entry naming one UMD script
        routes.get("/micro/", ctx -> crossOrigin(ctx, "micro/index.html"));
        routes.get("/micro/index.html", ctx -> crossOrigin(ctx, "micro/index.html"));
        routes.get("/micro/parley.js", ctx -> crossOrigin(ctx, "micro/parley.js"));
        routes.get("/assets/<path>", this::asset);
    }

    /** Headers every response gets. */
    public void before(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /**
     * For a request no route matched: a file at the UI's root ({@code /favicon.svg}), or the app
     * for an HTML navigation outside the API. Returns false when it is a plain 404.
     */
    public boolean fallback(Context ctx) {
        if (!"GET".equals(ctx.method().name()) || isApi(ctx.path())) {
            return false;
        }
        String path = ctx.path().substring(1);
        if (!path.contains("/") && !path.endsWith(".html")) {
            Optional<WebAssets.Asset> file = assets.find(path);
            if (file.isPresent()) {
                send(ctx, file.get(), REVALIDATE);
                return true;
            }
        }
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html") && assets.find("index.html").isPresent()) {
            page(ctx, "index.html", appPolicy);
            return true;
        }
        return false;
    }

    private void page(Context ctx, String file, String policy) {
        WebAssets.Asset page = assets.find(file).orElseThrow(() -> new ParleyException(ErrorCode.NOT_FOUND,
                
                "the web UI is not part of this build (build the web module)"));
        ctx.header("Content-Security-Policy", policy);
        send(ctx, page, REVALIDATE);
    }

    /** A file other sites load (widget, micro-frontend): readable from any origin, revalidated by ETag. */
    private void crossOrigin(Context ctx, String file) {
        WebAssets.Asset asset = assets.find(file).orElseThrow(() -> new ParleyException(ErrorCode.NOT_FOUND,
                "the web UI is not part of this build (build the web module)"));
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        if (file.endsWith(".html")) {
            ctx.header("Content-Security-Policy", appPolicy);
        }
        send(ctx, asset, REVALIDATE);
    }

    private void asset(Context ctx) {
        WebAssets.Asset asset = assets.find("assets/" + ctx.pathParam("path"))
                .orElseThrow(() -> new ParleyException(ErrorCode.NOT_FOUND,
                "no such asset"));
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        send(ctx, asset, IMMUTABLE);
    }

    private static void send(Context ctx, WebAssets.Asset asset, String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", asset.etag());
        if (asset.gzipped() != null) {
            ctx.header("Vary", "Accept-Encoding");
        }
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        String accepted = ctx.header("Accept-Encoding");
        if (asset.gzipped() != null && accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            ctx.status(200).contentType(asset.contentType()).result(asset.gzipped());
            return;
        }
        ctx.status(200).contentType(asset.contentType()).result(asset.bytes());
    }

    private static boolean isApi(String path) {
        for (String prefix : API_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Scripts only from this server; styles may be inline (component styles); images from anywhere (avatars). */
    static String policy(List<String> frameOrigins, List<String> connectOrigins) {
        String ancestors = frameOrigins.isEmpty() ? "'self'" : "'self' " + String.join(" ", frameOrigins);
        String connect = connectOrigins.isEmpty() ? "'self'" : "'self' " + String.join(" ", connectOrigins);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: https: http:; media-src 'self' blob: https: http:; font-src 'self' data:; "
                + "connect-src " + connect + "; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors " + ancestors;
    }
}
