package dev.parley.server.webhooks;

import dev.parley.core.page.Page;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.QueryParams;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code /v1/webhooks…} (server API): subscriptions, their delivery log, and signature checks for hosts. */
public final class WebhookRoutes implements Routes {
    private static final String WEBHOOK = "/v1/webhooks/{webhookId}";

    record CreateWebhook(String url, List<String> events, Boolean active) {
    }

    record PatchWebhook(String url, List<String> events, Boolean active) {
    }

    record Verify(String rawBody, String signature) {
    }

    /** A subscription as listed: without its secret, which is shown once (on create and rotate). */
    record WebhookJson(UUID id, String url, List<String> events, boolean active, String pausedReason,
            Instant createdAt, Instant updatedAt, String secret) {
        static WebhookJson of(Webhook webhook, boolean withSecret) {
            return new WebhookJson(webhook.id(), webhook.url(), webhook.events(), webhook.active(),
                    webhook.pausedReason(), webhook.createdAt(), webhook.updatedAt(),
                    withSecret ? webhook.secret() : null);
        }
    }

    record DeliveryJson(UUID id, String type, String status, int attempts, Instant nextAttemptAt, Integer lastStatus,
            String lastError, Instant createdAt, Instant finishedAt) {
        static DeliveryJson of(Delivery delivery) {
            return new DeliveryJson(delivery.id(), delivery.eventType(), delivery.status().wireName(),
                    delivery.attempts(), delivery.status() == Delivery.Status.PENDING ? delivery.nextAttemptAt() : null,
                    delivery.lastStatus(), delivery.lastError(), delivery.createdAt(), delivery.finishedAt());
        }
    }

    record DeliveryPage(List<DeliveryJson> items,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
            String nextCursor) {
    }

    record WebhookList(List<WebhookJson> items) {
    }

    record Validity(boolean isValid) {
    }

    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final WebhookService webhooks;
    private final WebhookSigner signer;
    private final Runnable nudge;

    public WebhookRoutes(Authenticator authenticator, RequestBodies bodies, WebhookService webhooks,
            WebhookSigner signer, Runnable nudge) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.webhooks = webhooks;
        this.signer = signer;
        this.nudge = nudge;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/webhooks", this::create);
        routes.get("/v1/webhooks", this::list);
        routes.post("/v1/webhooks/verify", this::verify);
        routes.get(WEBHOOK, ctx -> {
            authenticator.server(ctx);
            ctx.json(WebhookJson.of(webhooks.get(ctx.pathParam("webhookId")), false));
        });
        routes.patch(WEBHOOK, this::update);
        routes.delete(WEBHOOK, ctx -> {
            authenticator.server(ctx);
            webhooks.delete(ctx.pathParam("webhookId"));
            ctx.status(204);
        });
        routes.post(WEBHOOK + "/rotate-secret", ctx -> {
            authenticator.server(ctx);
            ctx.json(WebhookJson.of(webhooks.rotateSecret(ctx.pathParam("webhookId")), true));
        });
        routes.get(WEBHOOK + "/deliveries", this::deliveries);
        routes.post(WEBHOOK + "/deliveries/{deliveryId}/retry", this::retry);
    }

    private void create(Context ctx) {
        authenticator.server(ctx);
        var body = bodies.read(ctx, CreateWebhook.class);
        ctx.status(201).json(WebhookJson.of(webhooks.create(body.url(), body.events(), body.active()), true));
    }

    private void list(Context ctx) {
        authenticator.server(ctx);
        ctx.json(new WebhookList(webhooks.list().stream().map(webhook -> WebhookJson.of(webhook, false)).toList()));
    }

    private void update(Context ctx) {
        authenticator.server(ctx);
        var body = bodies.read(ctx, PatchWebhook.class);
        var patch = new WebhookService.Patch(body.url(), body.events(), body.active());
        ctx.json(WebhookJson.of(webhooks.update(ctx.pathParam("webhookId"), patch), false));
        nudge.run();
    }

    private void deliveries(Context ctx) {
        authenticator.server(ctx);
        Page<Delivery> page = webhooks.deliveries(ctx.pathParam("webhookId"), ctx.queryParam("status"),
                QueryParams.page(ctx));
        ctx.json(new DeliveryPage(page.items().stream().map(DeliveryJson::of).toList(), page.nextCursor()));
    }

    private void retry(Context ctx) {
        authenticator.server(ctx);
        ctx.json(DeliveryJson.of(webhooks.retry(ctx.pathParam("webhookId"), ctx.pathParam("deliveryId"))));
        nudge.run();
    }

    private void verify(Context ctx) {
        authenticator.server(ctx);
        var body = bodies.read(ctx, Verify.class);
        if (body.rawBody() == null || body.signature() == null) {
            throw dev.parley.core.error.ParleyException.invalid("rawBody and signature are required");
        }
        ctx.json(new Validity(signer.verifyApiSignature(body.rawBody(), body.signature())));
    }
}
