package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Users (and one token each) created over REST with the API secret, many at a time. */
record BenchUsers(List<String> ids, List<String> tokens) {
    private static final int PARALLEL = 32;

    /** Creates {@code count} users named {@code prefix0}, {@code prefix1}, … (an existing one is reused). */
    static BenchUsers create(ParleyHttp http, String secret, String prefix, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        List<Future<String>> tokens = new ArrayList<>();
        var permits = new Semaphore(PARALLEL);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String id = prefix + i;
                ids.add(id);
                tokens.add(pool.submit(() -> {
                    permits.acquire();
                    try {
                        http.putUser(secret, id);
                        return http.token(secret, id);
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<String> values = new ArrayList<>();
            for (Future<String> token : tokens) {
                values.add(token.get());
            }
            return new BenchUsers(List.copyOf(ids), List.copyOf(values));
        }
    }
}
