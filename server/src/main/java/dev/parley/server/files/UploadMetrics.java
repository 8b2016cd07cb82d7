package dev.parley.server.files;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/**
 * Upload meters at {@code /metrics}: {@code parley_files_uploads_total{result}} (stored,
 * too_large, unsupported, invalid, refused, failed), {@code parley_files_stored_bytes} (the
 * originals of every recorded file, read from the database at scrape time).
 */
public final class UploadMetrics {
    private final MeterRegistry registry;

    public UploadMetrics(MeterRegistry registry, Supplier<Number> bytesStored) {
        this.registry = registry;
        Gauge.builder("parley.files.stored.bytes", bytesStored)
                .description("bytes of uploaded files kept (originals)").register(registry);
    }

    void stored(long bytes) {
        count("stored");
    }

    void failed(Throwable error) {
        count(resultOf(error));
    }

    private void count(String result) {
        Counter.builder("parley.files.uploads").description("uploads by result").tag("result", result)
                .register(registry).increment();
    }

    private static String resultOf(Throwable error) {
        if (!(error instanceof ParleyException parley)) {
            return "failed";
        }
        ErrorCode code = parley.code();
        return switch (code) {
            case FILE_TOO_LARGE -> "too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported";
            case VALIDATION_FAILED -> "invalid";
            default -> "refused";
        };
    }
}
