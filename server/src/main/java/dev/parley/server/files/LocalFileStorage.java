package dev.parley.server.files;

import dev.parley.core.file.FileStorage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Files in a directory (by default {@code <data.dir>/files}). An object appears by an atomic
 * rename of a complete file, so a reader never sees half of one; a copy that a crash cut short
 * is a {@code .part} file that {@link #removeLeftovers} deletes at the next start.
 */
public final class LocalFileStorage implements FileStorage {
    private static final String PARTIAL = ".part";

    private final Path root;

    public LocalFileStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException otherDevice) {
            Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
            try {
                Files.copy(source, partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        Path path = resolve(key);
        try {
            var in = Files.newInputStream(path);
            return Optional.of(new StoredObject(Files.size(path), in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Path path = resolve(key);
        Files.deleteIfExists(path);
        for (Path dir = path.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            }
        }
    }

    @Override
    public String describe() {
        return "local directory " + root;
    }

    /** Deletes copies a crash left unfinished; returns how many. */
    public int removeLeftovers() throws IOException {
        try (var paths = Files.walk(root)) {
            int removed = 0;
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(path);
                removed++;
            }
            return removed;
        }
    }

    /** Keys are made by the server ({@code files/<uuid>/<variant>}); anything that leaves the root is a bug. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("storage key outside the storage directory: " + key);
        }
        return path;
    }
}
