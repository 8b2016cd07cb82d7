package dev.parley.store.log;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Append;
import dev.parley.core.message.Posted;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** An append waiting in the group-commit queue, and the caller waiting for its outcome. */
public final class PendingAppend {
    /** Tells the writer thread that nothing follows. */
    static final PendingAppend STOP = new PendingAppend(null);

    private final Append append;
    private final CompletableFuture<AppendOutcome> outcome = new CompletableFuture<>();

    public PendingAppend(Append append) {
        this.append = append;
    }

    public Append append() {
        return append;
    }

    public boolean isStop() {
        return this == STOP;
    }

    public void complete(AppendOutcome result) {
        outcome.complete(result);
    }

    /** The outcome as a future: completes after the commit, exceptionally with the failure. */
    public CompletableFuture<Posted> future() {
        return outcome.thenApply(AppendOutcome::get);
    }

    /**
     * Blocks until the writer has committed (or failed) the append. An interrupted caller
     * stops waiting — the append may still commit, and a retry with its client id finds it.
     */
    public Posted await() {
        try {
            return outcome.get().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException(ErrorCode.UNAVAILABLE,
                    "interrupted while waiting for the commit; the message may have been stored", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("pending appends are completed with outcomes, never exceptionally", e);
        }
    }
}
