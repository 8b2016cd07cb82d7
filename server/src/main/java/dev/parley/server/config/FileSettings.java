package dev.parley.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** The configuration keys of file uploads and their storage (README, "Files and storage"). */
public final class FileSettings {
    public static final Setting STORAGE = new Setting("files.storage", "local", false,
            "where uploaded files are kept: local (a directory) or s3 (an S3-compatible object store)");
    public static final Setting DIR = new Setting("files.dir", "", false,
            "local storage directory; empty = <data.dir>/files");
    public static final Setting DIR_SHARED = new Setting("files.dir-shared", "false", false,
            "the local directory is shared by every node (NFS, …); cluster mode refuses local storage otherwise");
    public static final Setting MAX_MIB = new Setting("files.max-mib", "25", false,
            "largest file upload, in MiB");
    public static final Setting AVATAR_MAX_MIB = new Setting("files.avatar-max-mib", "4", false,
            "largest avatar image, in MiB");
    public static final Setting VOICE_MAX_MIB = new Setting("files.voice-max-mib", "10", false,
            "largest voice message, in MiB");
    public static final Setting VOICE_MAX_SECONDS = new Setting("files.voice-max-seconds", "600", false,
            "longest voice message, in seconds");
    public static final Setting MAX_MEGAPIXELS = new Setting("files.max-megapixels", "40", false,
            "images with more pixels (width × height, read from the header) are refused before decoding");
    public static final Setting KEEP_UNATTACHED_MINUTES = new Setting("files.keep-unattached-minutes", "1440", false,
            "an upload no message has attached is removed after this many minutes");
    public static final Setting LINK_LIFETIME_SECONDS = new Setting("files.link-lifetime-seconds", "3600", false,
            "signed file links (url, thumbnailUrl) stop working after this many seconds");

    public static final List<Setting> ALL = List.of(STORAGE, DIR, DIR_SHARED, MAX_MIB, AVATAR_MAX_MIB, VOICE_MAX_MIB,
            VOICE_MAX_SECONDS, MAX_MEGAPIXELS, KEEP_UNATTACHED_MINUTES, LINK_LIFETIME_SECONDS);

    private static final long MIB = 1024 * 1024;

    private FileSettings() {
    }

    /** Reads typed values; the functions fail with the key and where the value came from. */
    interface Reader {
        String text(Setting setting);

        int integer(Setting setting, int min, int max);

        boolean bool(Setting setting);

        RuntimeException bad(Setting setting, String problem);
    }

    static ParleyConfig.Files read(Reader reader, Path dataDir, boolean cluster) {
        String storage = reader.text(STORAGE);
        if (!storage.equals("local")) {
            throw reader.bad(STORAGE, "must be local");
        }
        String dir = reader.text(DIR);
        boolean shared = reader.bool(DIR_SHARED);
        if (cluster && !shared) {
            throw reader.bad(DIR_SHARED, "cluster mode (redis.url) needs storage every node reaches:"
                    + " set files.dir to a shared directory and files.dir-shared=true");
        }
        Function<Setting, Long> mib = setting -> reader.integer(setting, 1, 2047) * MIB;
        return new ParleyConfig.Files(dir.isEmpty() ? dataDir.resolve("files") : Path.of(dir), shared,
                mib.apply(MAX_MIB), mib.apply(AVATAR_MAX_MIB), mib.apply(VOICE_MAX_MIB),
                reader.integer(VOICE_MAX_SECONDS, 1, 86_400), reader.integer(MAX_MEGAPIXELS, 1, 1000) * 1_000_000L,
                Duration.ofMinutes(reader.integer(KEEP_UNATTACHED_MINUTES, 1, 525_600)),
                Duration.ofSeconds(reader.integer(LINK_LIFETIME_SECONDS, 10, 604_800)));
    }
}
