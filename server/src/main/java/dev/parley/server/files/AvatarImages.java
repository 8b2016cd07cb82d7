package dev.parley.server.files;

import dev.parley.core.error.ParleyException;
import dev.parley.core.file.FileNames;
import dev.parley.core.file.FileStorage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;

/**
 * Avatars: an uploaded image (checked like any upload, and only images) cropped to a square
 * around its centre, upright, at {@link #SIZES} pixels, stored as JPEG under
 * {@code avatars/<id>/<size>} and served at {@code /v1/avatars/<id>/<size>}. The avatar URL
 * names the large size; the small one is the same URL ending in {@code /64}.
 */
final class AvatarImages {
    static final List<Integer> SIZES = List.of(256, 64);
    static final String ROUTE = "/v1/avatars/{avatarId}/{size}";

    private final FileStorage storage;
    private final FileTypes types;
    private final ImageDecoder decoder;
    private final String base;

    AvatarImages(FileStorage storage, FileTypes types, ImageDecoder decoder, String base) {
        this.storage = storage;
        this.types = types;
        this.decoder = decoder;
        this.base = base;
    }

    /** Stores the avatar's sizes and returns its URL (the large size). */
    String store(ReceivedUpload upload) throws IOException {
        String name = FileNames.clean(upload.submittedName());
        if (upload.size() == 0) {
            throw ParleyException.invalid("the image is empty");
        }
        String type = types.resolve(upload.file(), name, upload.declaredType(), false);
        if (!type.startsWith("image/")) {
            throw FileTypes.unsupported("an avatar must be an image (PNG, JPEG, GIF or WebP); this file is " + type);
        }
        DecodedImage image = decoder.decode(upload.file());
        UUID id = UUID.randomUUID();
        for (int size : SIZES) {
            Path square = upload.file().resolveSibling(upload.file().getFileName() + "." + size + ".jpg");
            try {
                write(image, size, square);
                storage.put(key(id, size), square);
            } finally {
                Files.deleteIfExists(square);
            }
        }
        return base + "/v1/avatars/" + id + "/" + SIZES.getFirst();
    }

    /** Removes the images of an avatar URL this server made; other URLs are left alone. */
    void remove(String avatarUrl) throws IOException {
        Optional<UUID> id = idOf(avatarUrl);
        if (id.isPresent()) {
            for (int size : SIZES) {
                storage.delete(key(id.get(), size));
            }
        }
    }

    static String key(UUID id, int size) {
        return "avatars/" + id + "/" + size;
    }

    private Optional<UUID> idOf(String avatarUrl) {
        String prefix = base + "/v1/avatars/";
        if (avatarUrl == null || !avatarUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = avatarUrl.substring(prefix.length());
        int slash = rest.indexOf('/');
        try {
            return Optional.of(UUID.fromString(slash < 0 ? rest : rest.substring(0, slash)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static void write(DecodedImage image, int size, Path target) throws IOException {
        BufferedImage pixels = image.pixels();
        int side = Math.min(pixels.getWidth(), pixels.getHeight());
        var builder = Thumbnails.of(ImageRenditions.opaque(pixels)).sourceRegion(Positions.CENTER, side, side)
                .size(size, size).outputFormat("jpg").outputQuality(0.9);
        if (image.orientation() != null) {
            builder.addFilter(ExifFilterUtils.getFilterForOrientation(image.orientation()));
        }
        builder.toFile(target.toFile());
    }
}
