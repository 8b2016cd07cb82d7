package dev.parley.server.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code node.lock} in the data dir: held (an OS file lock) by the one process that uses the
 * embedded database there, and naming it — its pid and, once it listens, its URL — so that a
 * second node or a command that needs the database stopped can say who holds it. The OS drops
 * the lock when the process ends, also on {@code kill -9}.
 */
public final class NodeLock implements AutoCloseable {
    public static final String FILE_NAME = "node.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private NodeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data dir's lock, or throws {@link HeldElsewhere} naming the process that has it. */
    public static NodeLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new HeldElsewhere(dataDir, holder(file));
            }
            NodeLock held = new NodeLock(channel, lock);
            held.write(null);
            return held;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /** Records where this node listens, for the messages of anyone who finds the lock taken. */
    public void announce(String url) {
        try {
            write(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    private void write(String url) throws IOException {
        StringBuilder text = new StringBuilder("# the Parley node using this data directory\n");
        text.append("pid=").append(ProcessHandle.current().pid()).append('\n');
        if (url != null) {
            text.append("url=").append(url).append('\n');
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static Holder holder(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            return new Holder(Optional.empty(), Optional.empty());
        }
        return new Holder(Optional.ofNullable(properties.getProperty("pid")),
                Optional.ofNullable(properties.getProperty("url")));
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }

    /** The process holding a data dir: its pid and URL, when it wrote them. */
    public record Holder(Optional<String> pid, Optional<String> url) {
        /** "the node at http://127.0.0.1:8080 (pid 1234)", "the node with pid 1234 (still starting)", "another node". */
        public String describe() {
            if (url.isPresent()) {
                return "the node at " + url.get() + pid.map(p -> " (pid " + p + ")").orElse("");
            }
            return pid.map(p -> "the node with pid " + p + " (still starting)").orElse("another node");
        }
    }

    /** The data dir's lock is taken by another process (or another node of this one). */
    public static final class HeldElsewhere extends RuntimeException {
        private final transient Path dataDir;
        private final transient Holder holder;

        HeldElsewhere(Path dataDir, Holder holder) {
            super(holder.describe() + " uses the embedded database in " + dataDir.toAbsolutePath().normalize());
            this.dataDir = dataDir;
            this.holder = holder;
        }

        public Path dataDir() {
            return dataDir.toAbsolutePath().normalize();
        }

        public Holder holder() {
            return holder;
        }
    }
}
