package dev.parley.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.message.Posted;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Store;
import dev.parley.core.store.Transactor;
import dev.parley.core.testing.CoreServices;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ending a call and writing its message are two commits. A node that dies between them — before
 * the message is appended, or after it is but before the call is marked — leaves the call for
 * the sweep of another node (or of itself, restarted), which writes the message exactly once.
 */
class CallMessagesTest {
    private static final Instant ENDED = Instant.parse("2026-01-01T10:00:00Z");

    private final CoreServices core = new CoreServices();
    private final Actor ana = core.user("ana");
    private final Actor bo = core.user("bo");
    private final RoomSummary room = core.group(ana, bo);
    private final DyingNode nodeA = new DyingNode(core);
    private final CallService callsOnA = calls(nodeA.transactor, ENDED);

    @AfterEach
    void close() {
        nodeA.log.close();
        core.close();
    }

    @Test
    void a_message_lost_when_its_node_died_before_writing_it_is_written_once_by_the_sweep() {
        String callId = callsOnA.start(ana, CoreServices.id(room), "video", null).call().id().toString();
        nodeA.dies = Death.BEFORE_THE_MESSAGE;

        Call ended = callsOnA.hangup(ana, callId);

        assertThat(ended.outcome()).isEqualTo(CallOutcome.CANCELLED);
        assertThat(callMessages()).as("the node died before writing it").isEmpty();
        CallService callsOnB = calls(core.transactor(), ENDED.plusSeconds(60));
        callsOnB.sweep();
        callsOnB.sweep();
        List<Message> written = callMessages();
        assertThat(written).hasSize(1);
        assertThat(written.getFirst().call().callId()).isEqualTo(ended.id());
        assertThat(written.getFirst().call().outcome()).isEqualTo("cancelled");
        assertThat(written.getFirst().userId()).isEqualTo(ana.userId());
        assertThat(pending(ENDED.plusSeconds(3600))).doesNotContain(ended.id());
    }

    @Test
    void a_message_written_just_before_its_node_died_is_not_written_again() {
        String callId = callsOnA.start(ana, CoreServices.id(room), "audio", null).call().id().toString();
        nodeA.dies = Death.AFTER_THE_MESSAGE;

        Call ended = callsOnA.hangup(ana, callId);

        assertThat(callMessages()).hasSize(1);
        assertThat(pending(ENDED.plusSeconds(3600))).as("not marked: the node died first").contains(ended.id());
        calls(core.transactor(), ENDED.plusSeconds(60)).sweep();
        assertThat(callMessages()).hasSize(1);
        assertThat(pending(ENDED.plusSeconds(3600))).doesNotContain(ended.id());
    }

    @Test
    void the_sweep_leaves_a_call_that_just_ended_to_the_node_that_ended_it() {
        String callId = callsOnA.start(ana, CoreServices.id(room), "audio", null).call().id().toString();
        nodeA.dies = Death.BEFORE_THE_MESSAGE;
        callsOnA.hangup(ana, callId);

        calls(core.transactor(), ENDED.plus(CallMessages.GRACE).minusSeconds(1)).sweep();

        assertThat(callMessages()).isEmpty();
    }

    @Test
    void a_call_ended_on_a_healthy_node_leaves_its_message_and_nothing_for_the_sweep() {
        String callId = callsOnA.start(ana, CoreServices.id(room), "video", null).call().id().toString();

        Call ended = callsOnA.hangup(ana, callId);

        assertThat(callMessages()).hasSize(1);
        assertThat(pending(ENDED.plusSeconds(3600))).doesNotContain(ended.id());
    }

    private CallService calls(Transactor transactor, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new CallService(transactor, new UuidV7Generator(clock), clock, CallSettings.DEFAULT,
                (delay, task) -> {
                    // no ringing timeouts in these tests
                });
    }

    private List<Message> callMessages() {
        UUID roomId = room.room().id();
        return core.store().<List<Message>>read(repos -> repos.messages().after(roomId, 0, 100)).stream()
                .filter(m -> m.call() != null).toList();
    }

    private List<UUID> pending(Instant endedBefore) {
        return core.store().<List<UUID>>read(repos -> repos.calls().endedWithoutMessage(endedBefore, 100));
    }

    private enum Death {
        NOT_YET, BEFORE_THE_MESSAGE, AFTER_THE_MESSAGE
    }

    /** Another node on the same store, whose message log dies on demand, before or after an append commits. */
    private static final class DyingNode implements Store {
        private final Store shared;
        private final MessageLog log;
        private final Transactor transactor;
        private volatile Death dies = Death.NOT_YET;

        DyingNode(CoreServices core) {
            this.shared = core.store();
            MessageLog own = core.store().newLog(false, size -> {
            });
            this.log = new MessageLog() {
                @Override
                public Posted append(Append append) {
                    if (dies == Death.BEFORE_THE_MESSAGE) {
                        throw new IllegalStateException("the node died");
                    }
                    Posted posted = own.append(append);
                    if (dies == Death.AFTER_THE_MESSAGE) {
                        throw new IllegalStateException("the node died");
                    }
                    return posted;
                }

                @Override
                public CompletableFuture<Posted> appendAsync(Append append) {
                    return CompletableFuture.supplyAsync(() -> append(append));
                }

                @Override
                public void onCommitted(Consumer<List<Message>> listener) {
                    own.onCommitted(listener);
                }

                @Override
                public void beforeCommit(BiConsumer<Repositories, List<Message>> step) {
                    own.beforeCommit(step);
                }

                @Override
                public void close() {
                    own.close();
                }
            };
            this.transactor = new Transactor(this, core.bus());
        }

        @Override
        public <T> T transaction(Function<Repositories, T> work) {
            return shared.transaction(work);
        }

        @Override
        public <T> T read(Function<Repositories, T> work) {
            return shared.read(work);
        }

        @Override
        public MessageLog messageLog() {
            return log;
        }

        @Override
        public boolean isHealthy() {
            return true;
        }

        @Override
        public void close() {
            log.close();
        }
    }
}
