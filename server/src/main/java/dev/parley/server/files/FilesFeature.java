package dev.parley.server.files;

import com.fasterxml.jackson.databind.Module;
import dev.parley.core.file.AvatarService;
import dev.parley.core.file.FileService;
import dev.parley.core.file.FileStorage;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.store.Transactor;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.server.ops.ParleyMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File sharing on one node, wired from the configuration: storage, the upload pipeline, the
 * signed links (also in message JSON) and the sweeper. At start it deletes what a killed
 * node left half-received or half-copied.
 */
public final class FilesFeature {
    private static final Logger LOG = LoggerFactory.getLogger(FilesFeature.class);

    private final FileService files;
    private final FileStorage storage;
    private final FileLinks links;
    private final LinkSigner signer;
    private final MultipartReceiver receiver;
    private final Uploads uploads;
    private final UploadMetrics metrics;
    private final ParleyConfig.Files config;
    private final Clock clock;
    private final AvatarService avatars;
    private final AvatarImages avatarImages;

    private FilesFeature(ParleyConfig config, FileService files, AvatarService avatars, FileStorage storage,
            LinkSigner signer, MultipartReceiver receiver, UploadMetrics metrics, Clock clock) {
        this.files = files;
        this.storage = storage;
        this.signer = signer;
        this.receiver = receiver;
        this.metrics = metrics;
        this.config = config.files();
        this.clock = clock;
        this.links = new FileLinks(signer, clock, config.files().linkLifetime(), config.web().publicUrl());
        var decoder = new ImageDecoder(config.files().maxPixels(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        var types = new FileTypes();
        this.uploads = new Uploads(files, storage, types, new ImagePipeline(decoder), metrics);
        this.avatars = avatars;
        this.avatarImages = new AvatarImages(storage, types, decoder, config.web().publicUrl());
    }

    public static FilesFeature start(ParleyConfig config, Transactor store, IdGenerator ids, Clock clock,
            dev.parley.server.auth.ApiSecrets apiSecrets, ParleyMetrics meters, dev.parley.core.grant.LiveGrants grants) {
        try {
            FileService files = new FileService(store, ids, clock, grants, config.files().keepUnattached());
            FileStorage storage = storage(config.files());
            Path temp = config.dataDir().resolve("tmp").resolve("uploads");
            int received = clearDirectory(temp);
            if (received > 0) {
                LOG.info("removed {} unfinished uploads left by an earlier run", received);
            }
            LOG.info("files are kept in the {}", storage.describe());
            var metrics = new UploadMetrics(meters.registry(), () -> bytesStored(files));
            return new FilesFeature(config, files, new AvatarService(store, clock), storage, new LinkSigner(apiSecrets), new MultipartReceiver(temp),
                    metrics, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the file storage: " + e.getMessage(), e);
        }
    }

    private static FileStorage storage(ParleyConfig.Files config) throws IOException {
        if (config.s3() != null) {
            return new S3FileStorage(config.s3()).ensureBucket();
        }
        LocalFileStorage local = new LocalFileStorage(config.directory());
        int partial = local.removeLeftovers();
        if (partial > 0) {
            LOG.info("removed {} half-copied files left by an earlier run", partial);
        }
        return local;
    }

    public Routes routes(Authenticator authenticator) {
        return new FileRoutes(authenticator, files, receiver, uploads,
                new FileDownloads(files, storage, signer, clock), metrics,
                new FileRoutes.Limits(config.maxBytes(), config.voiceMaxBytes(), config.voiceMaxSeconds()));
    }

    /**
     * Deletes the stored images of a user's avatar that Parley hosted (an outside URL: nothing), as
     * erasing the user needs; a failure is logged, the erasure stands.
     */
    public void removeAvatarImages(String avatarUrl) {
        try {
            avatarImages.remove(avatarUrl);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not delete the avatar images of an erased user ({}): {}", avatarUrl, e.getMessage());
        }
    }

    public Routes avatarRoutes(Authenticator authenticator) {
        return new AvatarRoutes(authenticator, avatars, avatarImages, receiver, storage, config.avatarMaxBytes());
    }

    /** Signs the links of file objects and of uploads in message attachments as they are written. */
    public Module jsonModule() {
        return SignedLinks.module(links);
    }

    public FileSweeper sweeper() {
        return new FileSweeper(files, storage);
    }

    private static Number bytesStored(FileService files) {
        try {
            return files.bytesStored();
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }

    private static int clearDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            int removed = 0;
            for (Path path : paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.deleteIfExists(path);
                removed++;
            }
            return removed;
        }
    }
}
