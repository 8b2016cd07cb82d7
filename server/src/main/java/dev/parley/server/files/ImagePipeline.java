package dev.parley.server.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an uploaded image becomes: checked (pixel count, readable to the end), stripped of its
 * metadata, and rendered as a thumbnail and a preview. The files it makes sit next to the
 * upload and are deleted with {@link Processed#close}.
 */
final class ImagePipeline {
    private final ImageDecoder decoder;

    ImagePipeline(ImageDecoder decoder) {
        this.decoder = decoder;
    }

    /** An image ready to store: the original to serve (metadata removed), its renditions, its shown size. */
    record Processed(int width, int height, Path original, Path thumbnail, Path preview, List<Path> made)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            for (Path path : made) {
                Files.deleteIfExists(path);
            }
        }
    }

    Processed process(Path upload, String mimeType) throws IOException {
        DecodedImage image = decoder.decode(upload);
        List<Path> made = new ArrayList<>();
        try {
            Path stripped = sibling(upload, ".clean", made);
            Path original = MetadataStripper.strip(mimeType, upload, stripped, image.orientation()) ? stripped : upload;
            Path thumbnail = sibling(upload, ".thumbnail.jpg", made);
            ImageRenditions.write(image, ImageRenditions.THUMBNAIL_SIZE, thumbnail);
            Path preview = sibling(upload, ".preview.jpg", made);
            ImageRenditions.write(image, ImageRenditions.PREVIEW_SIZE, preview);
            return new Processed(image.shownWidth(), image.shownHeight(), original, thumbnail, preview, made);
        } catch (IOException | RuntimeException e) {
            for (Path path : made) {
                Files.deleteIfExists(path);
            }
            throw e;
        }
    }

    private static Path sibling(Path upload, String suffix, List<Path> made) {
        Path path = upload.resolveSibling(upload.getFileName() + suffix);
        made.add(path);
        return path;
    }
}
