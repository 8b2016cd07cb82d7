package dev.parley.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/** The node's meters, scraped at {@code /metrics} in the Prometheus text format. */
public final class ParleyMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter messagesStored;
    private final DistributionSummary commitBatchSize;
    private final Counter deliveries;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    public ParleyMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        messagesStored = Counter.builder("parley.messages.stored")
                .description("messages durably stored by this node").register(registry);
        deliveries = Counter.builder("parley.ws.deliveries")
                .description("events handed to WebSocket sessions").register(registry);
        commitBatchSize = DistributionSummary.builder("parley.messages.commit.batch")
                .description("messages committed per transaction (group commit)")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    public void recordRequest(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(duration);
    }

    public void gauge(String name, String description, java.util.function.Supplier<Number> value) {
        io.micrometer.core.instrument.Gauge.builder(name, value).description(description).register(registry);
    }

    /** Events handed to WebSocket sessions by one fan-out. */
    public void deliveries(int count) {
        deliveries.increment(count);
    }

    public void messagesStored(int count) {
        messagesStored.increment(count);
    }

    public void commitBatch(int size) {
        commitBatchSize.record(size);
    }

    /** One webhook delivery attempt by its outcome: delivered, retrying or dead. */
    public void webhookAttempt(String outcome) {
        Counter.builder("parley.webhooks.attempts").description("webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    /** For a capability that registers meters of its own (files: uploads by result). */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }
}
