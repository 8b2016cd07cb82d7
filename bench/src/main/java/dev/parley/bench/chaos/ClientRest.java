package dev.parley.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.parley.bench.ParleyHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A REST call of the chaos run that never throws: a broken connection or a timeout is the
 * status -1, which the ledger keeps as "unknown" (the write may or may not have happened).
 */
record ClientRest(String baseUrl, String bearer) {
    /** One HTTP client per node, shared by every client of the run that calls it. */
    private static final Map<String, ParleyHttp> NODES = new ConcurrentHashMap<>();

    record Answer(int status, JsonNode body) {
        Ledger.Outcome outcome() {
            if (status >= 200 && status < 300) {
                return Ledger.Outcome.ACKED;
            }
            // 503 refuses before storing, but a frozen or dying node's 5xx says nothing for sure.
            return status >= 400 && status < 500 ? Ledger.Outcome.REFUSED : Ledger.Outcome.UNKNOWN;
        }
    }

    Answer call(String method, String path, Object body) {
        ParleyHttp http = NODES.computeIfAbsent(baseUrl,
                url -> new ParleyHttp(url, Duration.ofSeconds(3), Duration.ofSeconds(10)));
        try {
            ParleyHttp.Reply reply = http.call(method, path, bearer, body);
            return new Answer(reply.status(), reply.body());
        } catch (IOException e) {
            return new Answer(-1, NullNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, NullNode.getInstance());
        }
    }

    /** As {@link #call}, for setup and checking: anything but 2xx is an error. */
    JsonNode expect(String method, String path, Object body) throws IOException {
        Answer answer = call(method, path, body);
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new IOException(method + " " + baseUrl + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
