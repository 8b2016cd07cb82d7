package dev.parley.server.webhooks;

/**
 * What one POST to a receiver came to: the HTTP status (null when none came back), the
 * receiver's {@code Retry-After}, and a short description of the failure for the delivery log.
 */
record AttemptResult(Integer status, String retryAfter, String error) {
    static AttemptResult failed(String error) {
        return new AttemptResult(null, null, error);
    }

    boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }

    /** The receiver asked to be left alone for good: pause the subscription. */
    boolean gone() {
        return status != null && status == 410;
    }

    /** A failure that trying again can mend: no answer, a timeout, 408, 429 or a 5xx. */
    boolean retryable() {
        return status == null || status == 408 || status == 429 || status >= 500;
    }
}
