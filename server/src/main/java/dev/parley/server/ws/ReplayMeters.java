package dev.parley.server.ws;

import dev.parley.core.message.SyncService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** What the replays' shared work saves, on {@code /metrics}: frames written once, rooms read once. */
final class ReplayMeters {
    private ReplayMeters() {
    }

    static void register(MeterRegistry registry, ReplayFrameCache frames, SyncService sync) {
        FunctionCounter.builder("parley.sync.frames", frames, ReplayFrameCache::hits).tag("cache", "hit")
                .description("replayed messages and changes whose JSON was already written (shared)")
                .register(registry);
        FunctionCounter.builder("parley.sync.frames", frames, ReplayFrameCache::misses).tag("cache", "miss")
                .description("replayed messages and changes whose JSON was written for this replay")
                .register(registry);
        Gauge.builder("parley.sync.frames.cached.bytes", frames, ReplayFrameCache::bytes)
                .description("estimated memory held by the shared replay frames (ws.replay-cache-mb)")
                .register(registry);
        FunctionCounter.builder("parley.sync.room.reads", sync, SyncService::replayReads)
                .description("database reads of a room's missed range (concurrent syncs of a room share one)")
                .register(registry);
        FunctionCounter.builder("parley.sync.room.requests", sync, SyncService::replaysAsked)
                .description("rooms syncs asked to replay; minus parley.sync.room.reads: served by another sync's read")
                .register(registry);
    }
}
