package dev.parley.server.webhooks;

import dev.parley.core.error.ParleyException;
import dev.parley.core.webhook.WebhookService;
import dev.parley.protocol.rest.CreateWebhookRequest;
import dev.parley.protocol.rest.SignatureCheck;
import dev.parley.protocol.rest.UpdateWebhookRequest;
import dev.parley.protocol.rest.VerifySignatureRequest;
import dev.parley.protocol.rest.WebhookList;
import dev.parley.server.admin.AdminGate;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.QueryParams;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /v1/webhooks…}: subscriptions and their delivery log, for app admins (the API secret,
 * or the token of a user with app role admin); the signature check for hosts takes the API secret.
 */
public final class WebhookRoutes implements Routes {
    private static final String WEBHOOK = "/v1/webhooks/{webhookId}";

    private final Authenticator authenticator;
    private final AdminGate gate;
    private final RequestBodies bodies;
    private final WebhookService webhooks;
    private final WebhookSigner signer;
    private final Runnable nudge;

    public WebhookRoutes(Authenticator authenticator, RequestBodies bodies, WebhookService webhooks,
            WebhookSigner signer, Runnable nudge) {
        this.authenticator = authenticator;
        this.gate = new AdminGate(authenticator);
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
        routes.get(WEBHOOK, ctx -> ctx.json(WireMapper.webhook(webhooks.get(gate.actor(ctx),
                ctx.pathParam("webhookId")), false)));
        routes.patch(WEBHOOK, this::update);
        routes.delete(WEBHOOK, ctx -> {
            webhooks.delete(gate.actor(ctx), ctx.pathParam("webhookId"));
            ctx.status(204);
        });
        routes.post(WEBHOOK + "/rotate-secret", ctx -> ctx.json(WireMapper.webhook(
                webhooks.rotateSecret(gate.actor(ctx), ctx.pathParam("webhookId")), true)));
        routes.get(WEBHOOK + "/deliveries", this::deliveries);
        routes.post(WEBHOOK + "/deliveries/{deliveryId}/retry", this::retry);
    }

    private void create(Context ctx) {
        var actor = gate.actor(ctx);
        var body = bodies.read(ctx, CreateWebhookRequest.class);
        ctx.status(201).json(WireMapper.webhook(webhooks.create(actor, body.url(), body.events(), body.active()),
                true));
    }

    private void list(Context ctx) {
        var all = webhooks.list(gate.actor(ctx));
        ctx.json(new WebhookList(all.stream().map(webhook -> WireMapper.webhook(webhook, false)).toList()));
    }

    private void update(Context ctx) {
        var actor = gate.actor(ctx);
        var body = bodies.read(ctx, UpdateWebhookRequest.class);
        var patch = new WebhookService.Patch(body.url(), body.events(), body.active());
        ctx.json(WireMapper.webhook(webhooks.update(actor, ctx.pathParam("webhookId"), patch), false));
        nudge.run();
    }

    private void deliveries(Context ctx) {
        var page = webhooks.deliveries(gate.actor(ctx), ctx.pathParam("webhookId"), ctx.queryParam("status"),
                QueryParams.page(ctx));
        ctx.json(WireMapper.page(page, WireMapper::delivery));
    }

    private void retry(Context ctx) {
        var again = webhooks.retry(gate.actor(ctx), ctx.pathParam("webhookId"), ctx.pathParam("deliveryId"));
        ctx.json(WireMapper.delivery(again));
        nudge.run();
    }

    private void verify(Context ctx) {
        authenticator.server(ctx);
        var body = bodies.read(ctx, VerifySignatureRequest.class);
        if (body.rawBody() == null || body.signature() == null) {
            throw ParleyException.invalid("rawBody and signature are required");
        }
        ctx.json(new SignatureCheck(signer.verifyApiSignature(body.rawBody(), body.signature())));
    }
}
