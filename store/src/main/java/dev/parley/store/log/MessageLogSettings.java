package dev.parley.store.log;

/**
 * How the message log commits.
 *
 * @param groupCommit true: one writer thread stores all appends waiting at that moment in
 *        one transaction; false: every append is its own transaction on the caller's thread
 * @param maxBatch the most appends one group commit stores together
 */
public record MessageLogSettings(boolean groupCommit, int maxBatch) {
    public static final int MAX_BATCH_LIMIT = 1000;
    public static final MessageLogSettings DEFAULT = new MessageLogSettings(true, 512);
    public static final MessageLogSettings ONE_BY_ONE = new MessageLogSettings(false, 1);

    public MessageLogSettings {
        if (maxBatch < 1 || maxBatch > MAX_BATCH_LIMIT) {
            throw new IllegalArgumentException("maxBatch must be between 1 and " + MAX_BATCH_LIMIT);
        }
    }
}
