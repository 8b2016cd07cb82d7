package dev.parley.server.files;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ParleyException;
import dev.parley.core.file.FileKind;
import dev.parley.core.file.FileNames;
import dev.parley.core.file.FileService;
import dev.parley.core.file.FileStorage;
import dev.parley.core.file.StoredFile;
import dev.parley.core.file.StoredFile.Variant;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a received upload into a stored file: checks its name, size and type, processes an
 * image, moves the bytes into storage and only then records it, so that no record ever points
 * at bytes that are not all there. On any failure nothing is left behind.
 */
public final class Uploads {
    private final FileService files;
    private final FileStorage storage;
    private final FileTypes types;
    private final ImagePipeline images;
    private final UploadMetrics metrics;

    public Uploads(FileService files, FileStorage storage, FileTypes types, ImagePipeline images, UploadMetrics metrics) {
        this.files = files;
        this.storage = storage;
        this.types = types;
        this.images = images;
        this.metrics = metrics;
    }

    public StoredFile store(Actor actor, UUID roomId, ReceivedUpload upload, Voice voice) throws IOException {
        String name = FileNames.clean(upload.submittedName());
        if (upload.size() == 0) {
            throw ParleyException.invalid("the file is empty");
        }
        String mimeType = types.resolve(upload.file(), name, upload.declaredType(), voice != null);
        Long durationMs = voice == null ? null : voice.durationMs(upload.fields().get("duration"));
        FileKind kind = voice != null ? FileKind.VOICE : FileKind.of(mimeType);
        UUID id = files.newId();
        List<String> written = new ArrayList<>();
        try {
            StoredFile file;
            if (kind == FileKind.IMAGE) {
                try (var image = images.process(upload.file(), mimeType)) {
                    put(StoredFile.variantKey(id, Variant.THUMBNAIL), image.thumbnail(), written);
                    put(StoredFile.variantKey(id, Variant.PREVIEW), image.preview(), written);
                    long size = java.nio.file.Files.size(image.original());
                    put(StoredFile.key(id), image.original(), written);
                    file = newFile(id, roomId, actor, name, size, mimeType, kind, image.width(), image.height(), null,
                            true);
                }
            } else {
                put(StoredFile.key(id), upload.file(), written);
                file = newFile(id, roomId, actor, name, upload.size(), mimeType, kind, null, null, durationMs, false);
            }
            files.record(file);
            metrics.stored(file.size());
            return file;
        } catch (IOException | RuntimeException e) {
            for (String key : written) {
                storage.delete(key);
            }
            throw e;
        }
    }

    private void put(String key, Path source, List<String> written) throws IOException {
        written.add(key);
        storage.put(key, source);
    }

    private StoredFile newFile(UUID id, UUID roomId, Actor actor, String name, long size, String mimeType,
            FileKind kind, Integer width, Integer height, Long durationMs, boolean thumbnail) {
        return new StoredFile(id, roomId, actor.userId(), name, size, mimeType, kind, width, height, durationMs,
                thumbnail, null, files.now());
    }

    /** The rules of a voice message: its duration is given in seconds and bounded. */
    public record Voice(int maxSeconds) {
        Long durationMs(String duration) {
            if (duration == null || duration.isBlank()) {
                throw ParleyException.invalid("duration is required: the length of the recording in seconds");
            }
            BigDecimal seconds;
            try {
                seconds = new BigDecimal(duration.strip());
            } catch (NumberFormatException e) {
                throw ParleyException.invalid("duration must be a number of seconds, such as 12.5");
            }
            if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(maxSeconds)) > 0) {
                throw ParleyException.invalid("duration must be more than 0 and at most " + maxSeconds + " seconds");
            }
            return seconds.movePointRight(3).longValue();
        }
    }
}
