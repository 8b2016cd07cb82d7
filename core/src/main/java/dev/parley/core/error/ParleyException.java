package dev.parley.core.error;

/** The one exception type for expected failures; the transports map it to their error shape. */
public final class ParleyException extends RuntimeException {
    private final ErrorCode code;

    public ParleyException(ErrorCode code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public ParleyException(ErrorCode code, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public static ParleyException invalid(String detail) {
        return new ParleyException(ErrorCode.VALIDATION_FAILED, detail);
    }
}
