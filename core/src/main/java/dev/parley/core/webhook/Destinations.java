package dev.parley.core.webhook;

/**
 * Where deliveries may go (server-side request forgery is refused here): checked when a
 * subscription is made or changed, and again before each delivery.
 */
public interface Destinations {
    /** Throws a {@code ParleyException} naming the problem when {@code url} may not receive deliveries. */
    void check(String url);
}
