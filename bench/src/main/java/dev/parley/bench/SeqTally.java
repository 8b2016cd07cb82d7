package dev.parley.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one listener of a room received, by seq: each seq once (a repeat is a duplicate), in
 * order (a seq below the highest one seen is out of order), and what never came. During a
 * replay (a resync after a reconnect) repeats and lower seqs are expected and not counted.
 */
final class SeqTally {
    private final BitSet seen = new BitSet();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder outOfOrder = new LongAdder();
    private long lastSeq;

    /** Records a delivered seq; true when it is new. */
    synchronized boolean received(long seq, boolean replaying) {
        if (seq < 1 || seq > Integer.MAX_VALUE) {
            return false;
        }
        if (seen.get((int) seq)) {
            if (!replaying) {
                duplicates.increment();
            }
            return false;
        }
        seen.set((int) seq);
        if (seq <= lastSeq && !replaying) {
            outOfOrder.increment();
        }
        lastSeq = Math.max(lastSeq, seq);
        return true;
    }

    /** A seq obtained another way (history paged over REST). */
    synchronized void mark(long seq) {
        seen.set((int) seq);
    }

    /** The highest seq held with every lower one. */
    synchronized long heldWithoutGap() {
        return seen.nextClearBit(1) - 1;
    }

    /** Seqs 1..{@code roomLastSeq} not held. */
    synchronized long missing(long roomLastSeq) {
        return roomLastSeq - seen.get(1, (int) roomLastSeq + 1).cardinality();
    }

    /** Up to 5 seqs ≤ {@code roomLastSeq} not held. */
    synchronized List<Long> someMissing(long roomLastSeq) {
        List<Long> missing = new ArrayList<>();
        for (int seq = seen.nextClearBit(1); seq <= roomLastSeq && missing.size() < 5; seq = seen.nextClearBit(seq + 1)) {
            missing.add((long) seq);
        }
        return missing;
    }

    long duplicates() {
        return duplicates.sum();
    }

    long outOfOrder() {
        return outOfOrder.sum();
    }
}
