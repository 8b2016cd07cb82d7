package dev.parley.server.files;

import dev.parley.core.file.FileService;
import dev.parley.core.file.FileStorage;
import dev.parley.core.file.StoredFile;
import dev.parley.core.file.StoredFile.Variant;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes files that are due: uploads no message attached in time, and the files of deleted
 * messages. Bytes first, then the record, so a crash in between only repeats the work.
 * Every node may run it; removing twice is harmless.
 */
public final class FileSweeper implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FileSweeper.class);
    private static final int BATCH = 200;

    private final FileService files;
    private final FileStorage storage;

    public FileSweeper(FileService files, FileStorage storage) {
        this.files = files;
        this.storage = storage;
    }

    /** Removes what is due now; returns how many files were removed. */
    public int sweep() throws IOException {
        int removed = 0;
        while (true) {
            var due = files.removable(BATCH);
            for (StoredFile file : due) {
                for (Variant variant : Variant.values()) {
                    storage.delete(file.variantKey(variant));
                }
                files.forget(file.id());
                removed++;
            }
            if (due.size() < BATCH) {
                return removed;
            }
        }
    }

    @Override
    public void run() {
        try {
            int removed = sweep();
            if (removed > 0) {
                LOG.info("removed {} files (unattached uploads and files of deleted messages)", removed);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("removing due files failed, will retry: {}", e.getMessage());
        }
    }
}
