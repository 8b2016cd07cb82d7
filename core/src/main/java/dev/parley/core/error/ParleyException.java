package dev.parley.core.error;

import java.time.Duration;
import java.util.Optional;

/** The one exception type for expected failures; the transports map it to their error shape. */
public final class ParleyException extends RuntimeException {
    private final ErrorCode code;
    private final transient Duration retryAfter;

    public ParleyException(ErrorCode code, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.retryAfter = null;
    }

    /** A refusal that ends by itself: the caller may try again after {@code retryAfter}. */
    public ParleyException(ErrorCode code, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ParleyException(ErrorCode code, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.code = code;
        this.retryAfter = null;
    }

    public ErrorCode code() {
        return code;
    }

    /** How long until trying again can succeed, when the refusal ends by itself. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public String detail() {
        return getMessage();
    }

    public static ParleyException invalid(String detail) {
        return new ParleyException(ErrorCode.VALIDATION_FAILED, detail);
    }
}
