package dev.parley.core.webhook;

import java.util.List;
import java.util.function.Supplier;

/**
 * The subscriptions as this node knows them, so that a write with no subscriber pays nothing
 * for webhooks. Reloaded at once after a change made here, and every few seconds for changes
 * made on other nodes.
 */
public final class WebhookDirectory {
    private final Supplier<List<Webhook>> load;
    private volatile List<Webhook> active = List.of();

    public WebhookDirectory(Supplier<List<Webhook>> load) {
        this.load = load;
    }

    public void reload() {
        active = load.get().stream().filter(Webhook::active).toList();
    }

    public List<Webhook> active() {
        return active;
    }
}
