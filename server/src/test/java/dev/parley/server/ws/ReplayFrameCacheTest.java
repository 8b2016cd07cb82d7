package dev.parley.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.event.Event;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.server.http.JsonMapping;
import dev.parley.server.protocol.EventFrames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Replays share the JSON of what they send: each message or change is written once per node,
 * yet every session gets the message as it is now, byte for byte the frame it got before.
 */
class ReplayFrameCacheTest {
    private static final UUID ROOM = UUID.randomUUID();
    private final ObjectMapper mapper = JsonMapping.create();
    private final ReplayFrameCache cache = new ReplayFrameCache(1024 * 1024);
    private final Frames frames = new Frames(mapper, cache);

    @Test
    void a_replayed_message_is_the_same_frame_as_before_and_is_written_once_for_every_session() throws Exception {
        Message message = message(7, "hello @bob", null, null, List.of(new Reaction("👍", 2, List.of("ana", "bob"))));

        String first = frames.replayed(message, 40);
        String again = frames.replayed(copy(message), 41);

        assertThat(first).isEqualTo(mapper.writeValueAsString(EventFrames.replayed(message, 40)));
        assertThat(again).as("the room's lastSeq at each replay").isEqualTo(
                mapper.writeValueAsString(EventFrames.replayed(message, 41)));
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void a_new_messages_live_frame_is_unchanged_and_fills_the_cache_for_the_replays_after_a_shed() throws Exception {
        Message message = message(3, "live", null, null, List.of());
        Event.MessagePosted posted = new Event.MessagePosted(message);

        assertThat(frames.encode(posted)).isEqualTo(mapper.writeValueAsString(EventFrames.of(posted)));
        assertThat(frames.replayed(copy(message), 9)).isEqualTo(
                mapper.writeValueAsString(EventFrames.replayed(message, 9)));
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isZero();
    }

    @Test
    void an_edited_deleted_or_reacted_to_message_is_never_served_from_its_older_frame() throws Exception {
        Message original = message(5, "tpyo", null, null, List.of());
        frames.encode(new Event.MessagePosted(original));
        Instant later = original.createdAt().plusSeconds(60);
        List<Message> states = List.of(
                message(5, "typo", later, null, List.of()),
                message(5, "typo", later, null, List.of(new Reaction("🎉", 1, List.of("bob")))),
                message(5, "", later, later.plusSeconds(1), List.of()));

        for (Message now : states) {
            String replayed = frames.replayed(now, 12);

            assertThat(replayed).isEqualTo(mapper.writeValueAsString(EventFrames.replayed(now, 12)));
            assertThat(frames.replayed(copy(now), 12)).as("the new state is shared from now on").isEqualTo(replayed);
        }
        assertThat(cache.misses()).isEqualTo(3);
        assertThat(cache.hits()).isEqualTo(3);
    }

    @Test
    void a_replayed_change_is_written_once_by_room_and_number() throws Exception {
        Message edited = message(2, "edited", Instant.parse("2026-12-06T10:00:00Z"), null, List.of());
        Event.RoomChange change = new Event.MessageEdited(edited, 4, 17);
        UUID otherRoom = UUID.randomUUID();
        Event.RoomChange sameNumberElsewhere = new Event.ReactionChanged(otherRoom, 4, UUID.randomUUID(), "bob", "👍",
                true, List.of(new Reaction("👍", 1, List.of("bob"))), 17);

        assertThat(frames.replayed(change)).isEqualTo(mapper.writeValueAsString(EventFrames.of(change)));
        assertThat(frames.replayed(change)).isEqualTo(mapper.writeValueAsString(EventFrames.of(change)));
        assertThat(frames.replayed(sameNumberElsewhere)).isEqualTo(
                mapper.writeValueAsString(EventFrames.of(sameNumberElsewhere)));
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void it_holds_no_more_than_its_bound_and_the_oldest_entries_leave_first() {
        ReplayFrameCache small = new ReplayFrameCache(4_000);
        String json = "{\"text\":\"" + "x".repeat(300) + "\"}";
        for (int seq = 1; seq <= 100; seq++) {
            small.message(message(seq, "m" + seq, null, null, List.of()), 100, () -> json);
            assertThat(small.bytes()).isLessThanOrEqualTo(4_000);
        }
        AtomicInteger written = new AtomicInteger();

        assertThat(small.entries()).isBetween(1, 6);
        small.message(message(100, "m100", null, null, List.of()), 100, () -> json + written.incrementAndGet());
        assertThat(written).as("the newest is still there").hasValue(0);
        small.message(message(1, "m1", null, null, List.of()), 100, () -> json + written.incrementAndGet());
        assertThat(written).as("the oldest left").hasValue(1);
    }

    @Test
    void a_live_frame_of_another_shape_is_never_cut_up_the_message_is_written_instead() throws Exception {
        Message message = message(4, "odd", null, null, List.of());
        cache.putLive(message, 4, "{\"type\":\"message.new\",\"something\":\"else\"}");

        assertThat(frames.replayed(copy(message), 6)).isEqualTo(
                mapper.writeValueAsString(EventFrames.replayed(message, 6)));
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void a_cache_of_size_zero_keeps_nothing_and_frames_are_still_right() throws Exception {
        Frames uncached = new Frames(mapper, new ReplayFrameCache(0));
        Message message = message(1, "no cache", null, null, List.of());

        uncached.encode(new Event.MessagePosted(message));

        assertThat(uncached.replayed(message, 1)).isEqualTo(mapper.writeValueAsString(EventFrames.replayed(message, 1)));
    }

    @Test
    void concurrent_replays_and_live_fills_always_get_the_frame_of_the_message_they_hold() throws Exception {
        ReplayFrameCache shared = new ReplayFrameCache(64 * 1024);
        Frames concurrent = new Frames(mapper, shared);
        AtomicInteger wrong = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                tasks.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        long seq = 1 + (i % 300);
                        // Two states of each message race: whichever is cached, each gets its own.
                        Message now = message(seq, (thread + i) % 2 == 0 ? "a" : "b", null, null, List.of());
                        if (i % 7 == 0) {
                            concurrent.encode(new Event.MessagePosted(now));
                        }
                        String frame = concurrent.replayed(now, 500);
                        if (!frame.contains("\"text\":\"" + now.text() + "\"") || !frame.contains("\"seq\":" + seq + ",")) {
                            wrong.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        }

        assertThat(wrong).hasValue(0);
        assertThat(shared.bytes()).isLessThanOrEqualTo(64 * 1024);
        assertThat(shared.hits()).isPositive();
    }

    private static Message message(long seq, String text, Instant editedAt, Instant deletedAt, List<Reaction> reactions) {
        UUID id = new UUID(ROOM.getMostSignificantBits(), seq);
        return new Message(id, ROOM, seq, "ana", text, null,
                List.of(new Attachment("image", "https://example.com/a.png", "a.png", "image/png", 1234L)), "c-" + seq,
                Instant.parse("2026-12-06T09:00:00.123456Z"), editedAt, deletedAt, reactions, null,
                new Mentions(List.of("bob"), false), null);
    }

    /** The same message as read back from the database: equal, not the same object. */
    private static Message copy(Message m) {
        return new Message(m.id(), m.roomId(), m.seq(), m.userId(), m.text(), m.parentId(), List.copyOf(m.attachments()),
                m.clientId(), m.createdAt(), m.editedAt(), m.deletedAt(), new ArrayList<>(m.reactions()), m.streaming(),
                m.mentions(), m.call());
    }
}
