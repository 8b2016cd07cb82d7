package dev.parley.server.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.event.EventBus;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.store.Transactor;
import dev.parley.core.webhook.WebhookDirectory;
import dev.parley.core.webhook.WebhookOutbox;
import dev.parley.core.webhook.WebhookService;
import dev.parley.server.auth.ApiSecrets;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.routing.Routes;
import java.time.Clock;

/**
 * Outgoing webhooks on one node, wired: the outbox step in every writing transaction, the
 * subscription service, and the dispatcher that posts what the outbox holds.
 */
public final class Webhooks implements AutoCloseable {
    private final WebhookService service;
    private final WebhookSigner signer;
    /** Null on a node that leaves posting to others ({@code webhooks.dispatch=false}). */
    private final WebhookDispatcher dispatcher;

    private Webhooks(WebhookService service, WebhookSigner signer, WebhookDispatcher dispatcher) {
        this.service = service;
        this.signer = signer;
        this.dispatcher = dispatcher;
    }

    public static Webhooks start(ParleyConfig config, Transactor transactor, EventBus bus, ObjectMapper mapper,
            ApiSecrets apiSecrets, IdGenerator ids, Clock clock, ParleyMetrics metrics) {
        var settings = config.webhooks();
        var directory = new WebhookDirectory(() -> transactor.read(repos -> repos.webhooks().all()));
        directory.reload();
        var guard = new DestinationGuard(settings.allowLoopback());
        var payloads = new FramePayloads(mapper);
        transactor.beforeCommit(new WebhookOutbox(directory, payloads, ids, clock));
        var signer = new WebhookSigner(apiSecrets);
        WebhookDispatcher dispatcher = null;
        if (settings.dispatch()) {
            var posting = new WebhookDispatcher(transactor, directory, payloads, guard, signer,
                    settings.retryDelays(), settings.timeout(), metrics, clock);
            bus.subscribe(event -> {
                if (!directory.active().isEmpty()) {
                    posting.heard(event);
                }
            });
            dispatcher = posting;
        }
        return new Webhooks(new WebhookService(transactor, directory, guard, new AuditTrail(ids, clock), ids,
                clock), signer, dispatcher);
    }

    public Routes routes(Authenticator authenticator, RequestBodies bodies) {
        // A retried dead letter is due at once: posted here now, or by a dispatching node's next poll.
        return new WebhookRoutes(authenticator, bodies, service, signer, dispatcher == null ? () -> { } : dispatcher::nudge);
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }
}
