package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.message.Posted;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the message log guarantees under concurrent senders, with group commit on and off. */
public abstract class MessageLogConcurrencyContract extends StoreContract {
    private static final int SENDERS = 8;
    private static final int APPENDS_PER_SENDER = 200;

    private final List<MessageLog> logs = new ArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    /** What the listener heard, per room, in the order it heard it. */
    private final Map<UUID, List<Long>> heard = new ConcurrentHashMap<>();

    @AfterEach
    void closeLogs() {
        logs.forEach(MessageLog::close);
    }

    private MessageLog log(boolean groupCommit) {
        MessageLog log = newLog(groupCommit, batchSizes::add);
        log.onCommitted(messages -> messages.forEach(m ->
                heard.computeIfAbsent(m.roomId(), id -> new CopyOnWriteArrayList<>()).add(m.seq())));
        logs.add(log);
        return log;
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void concurrent_senders_to_one_room_get_every_seq_exactly_once(boolean groupCommit) throws Exception {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);

        List<Posted> posted = sendConcurrently(SENDERS, APPENDS_PER_SENDER,
                i -> log.append(data().append(room, user, "m" + i, null)));

        int total = SENDERS * APPENDS_PER_SENDER;
        assertThat(posted).extracting(p -> p.message().seq()).containsExactlyInAnyOrderElementsOf(seqs(total));
        assertStored(room, total);
        assertThat(heard.get(room.id())).containsExactlyElementsOf(seqs(total));
        if (groupCommit) {
            assertThat(batchSizes).anyMatch(size -> size > 1);
        }
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void concurrent_senders_to_ten_rooms_get_gapless_seqs_in_every_room(boolean groupCommit) throws Exception {
        MessageLog log = log(groupCommit);
        User user = data().user();
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rooms.add(data().group(user));
        }

        sendConcurrently(SENDERS, APPENDS_PER_SENDER,
                i -> log.append(data().append(rooms.get(i % rooms.size()), user, "m" + i, null)));

        int perRoom = SENDERS * APPENDS_PER_SENDER / rooms.size();
        for (Room room : rooms) {
            assertStored(room, perRoom);
            assertThat(heard.get(room.id())).containsExactlyElementsOf(seqs(perRoom));
        }
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void sixteen_concurrent_retries_of_one_client_id_store_one_message(boolean groupCommit) throws Exception {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);

        List<Posted> posted = sendConcurrently(16, 1, i -> log.append(data().append(room, user, "once", "retry-me")));

        assertThat(posted).filteredOn(Posted::created).hasSize(1);
        assertThat(posted).extracting(p -> p.message().id()).containsOnly(posted.getFirst().message().id());
        assertStored(room, 1);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void two_nodes_racing_on_one_client_id_store_one_message(boolean groupCommit) throws Exception {
        MessageLog node1 = log(groupCommit);
        MessageLog node2 = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);
        List<Room> otherRooms = List.of(data().group(user), data().group(user));

        for (int round = 0; round < 20; round++) {
            String clientId = "race-" + round;
            List<Posted> posted = sendConcurrently(8, 1, i -> (i % 2 == 0 ? node1 : node2)
                    .append(data().append(i < 4 ? room : otherRooms.get(i % 2), user, "once", clientId)));

            assertThat(posted).filteredOn(Posted::created).hasSize(1);
            assertThat(posted).extracting(p -> p.message().id()).containsOnly(posted.getFirst().message().id());
        }
        long stored = store().read(repos -> repos.messages().after(room.id(), 0, 100).size()
                + otherRooms.stream().mapToInt(r -> repos.messages().after(r.id(), 0, 100).size()).sum());
        assertThat(stored).isEqualTo(20);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void appends_to_a_deleted_room_fail_alone(boolean groupCommit) throws Exception {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room live = data().group(user);
        Room deleted = data().group(user);
        store().transaction(repos -> {
            repos.rooms().delete(deleted.id());
            return null;
        });

        List<Object> results = sendConcurrently(4, 50, i -> {
            Room target = i % 2 == 0 ? live : deleted;
            try {
                return log.append(data().append(target, user, "m" + i, null));
            } catch (ParleyException e) {
                return e.code();
            }
        });

        assertThat(results).filteredOn(ErrorCode.class::isInstance).hasSize(100).containsOnly(ErrorCode.ROOM_NOT_FOUND);
        assertThat(results).filteredOn(Posted.class::isInstance).hasSize(100);
        assertStored(live, 100);
    }

    /** Runs {@code senders} virtual threads, each making {@code each} calls; returns every result. */
    private static <T> List<T> sendConcurrently(int senders, int each, IntFunction<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<T>>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < senders; s++) {
                int sender = s;
                futures.add(executor.submit(() -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        results.add(call.apply(sender * each + i));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        }
    }

    /** The room holds exactly seqs 1..count and its last seq is count. */
    private void assertStored(Room room, int count) {
        List<Message> stored = store().read(repos -> repos.messages().after(room.id(), 0, count + 10));
        assertThat(stored).extracting(Message::seq).containsExactlyElementsOf(seqs(count));
        assertThat(store().read(repos -> repos.rooms().find(room.id())).orElseThrow().lastSeq()).isEqualTo(count);
    }

    private static List<Long> seqs(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }
}
