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

    public static final Setting S3_ENDPOINT = new Setting("files.s3.endpoint", "", false,
            "S3 storage: the endpoint URL (https://s3.eu-central-1.amazonaws.com, http://minio:9000, …)");
    public static final Setting S3_REGION = new Setting("files.s3.region", "us-east-1", false,
            "S3 storage: the region used for signing");
    public static final Setting S3_BUCKET = new Setting("files.s3.bucket", "", false,
            "S3 storage: the bucket (created at start when missing)");
    public static final Setting S3_ACCESS_KEY = new Setting("files.s3.access-key", "", false, "S3 storage: access key id");
    public static final Setting S3_SECRET_KEY = new Setting("files.s3.secret-key", "", true, "S3 storage: secret access key");
    public static final Setting S3_PATH_STYLE = new Setting("files.s3.path-style", "true", false,
            "S3 storage: path-style URLs (endpoint/bucket/key), as MinIO, Ceph, Garage and R2 expect");

    public static final List<Setting> ALL = List.of(STORAGE, DIR, DIR_SHARED, MAX_MIB, AVATAR_MAX_MIB, VOICE_MAX_MIB,
            VOICE_MAX_SECONDS, MAX_MEGAPIXELS, KEEP_UNATTACHED_MINUTES, LINK_LIFETIME_SECONDS, S3_ENDPOINT, S3_REGION,
            S3_BUCKET, S3_ACCESS_KEY, S3_SECRET_KEY, S3_PATH_STYLE);

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
        if (!storage.equals("local") && !storage.equals("s3")) {
            throw reader.bad(STORAGE, "must be local or s3");
        }
        String dir = reader.text(DIR);
        boolean shared = reader.bool(DIR_SHARED);
        if (cluster && !shared && storage.equals("local")) {
            throw reader.bad(DIR_SHARED, "cluster mode (redis.url) needs storage every node reaches:"
                    + " set files.dir to a shared directory and files.dir-shared=true");
        }
        Function<Setting, Long> mib = setting -> reader.integer(setting, 1, 2047) * MIB;
        ParleyConfig.S3 s3 = storage.equals("s3") ? s3(reader) : null;
        return new ParleyConfig.Files(dir.isEmpty() ? dataDir.resolve("files") : Path.of(dir), shared,
                mib.apply(MAX_MIB), mib.apply(AVATAR_MAX_MIB), mib.apply(VOICE_MAX_MIB),
                reader.integer(VOICE_MAX_SECONDS, 1, 86_400), reader.integer(MAX_MEGAPIXELS, 1, 1000) * 1_000_000L,
                Duration.ofMinutes(reader.integer(KEEP_UNATTACHED_MINUTES, 1, 525_600)),
                Duration.ofSeconds(reader.integer(LINK_LIFETIME_SECONDS, 10, 604_800)), s3);
    }

    private static ParleyConfig.S3 s3(Reader reader) {
        String endpoint = reader.text(S3_ENDPOINT);
        if (!endpoint.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?/?")) {
            throw reader.bad(S3_ENDPOINT, "files.storage=s3 needs an http(s) endpoint URL such as https://s3.amazonaws.com");
        }
        for (Setting required : List.of(S3_BUCKET, S3_ACCESS_KEY, S3_SECRET_KEY, S3_REGION)) {
            if (reader.text(required).isEmpty()) {
                throw reader.bad(required, "must be set when files.storage=s3");
            }
        }
        return new ParleyConfig.S3(endpoint, reader.text(S3_REGION), reader.text(S3_BUCKET), reader.text(S3_ACCESS_KEY),
                reader.text(S3_SECRET_KEY), reader.bool(S3_PATH_STYLE));
    }
}
