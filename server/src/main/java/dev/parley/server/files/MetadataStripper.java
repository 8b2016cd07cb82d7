package dev.parley.server.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Takes the metadata (EXIF with GPS position, camera serials, XMP) out of an image before it
 * is served, without re-encoding its pixels. A JPEG keeps only its orientation, so it still
 * shows upright; PNG and WebP keep only the chunks needed to draw them ({@link ImageChunks}).
 * GIF carries no EXIF and is served as uploaded.
 */
final class MetadataStripper {
    private MetadataStripper() {
    }

    /** Writes the image without metadata to {@code target}; returns false when the type needs nothing done. */
    static boolean strip(String mimeType, Path source, Path target, Orientation orientation) throws IOException {
        switch (mimeType) {
            case "image/jpeg" -> stripJpeg(source, target, orientation);
            case "image/png" -> ImageChunks.stripPng(source, target);
            case "image/webp" -> ImageChunks.stripWebp(source, target);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void stripJpeg(Path source, Path target, Orientation orientation) throws IOException {
        Path withoutExif = target.resolveSibling(target.getFileName() + ".noexif");
        try {
            try (OutputStream out = Files.newOutputStream(withoutExif)) {
                new ExifRewriter().removeExifMetadata(source.toFile(), out);
            }
            boolean upright = orientation == null || orientation == Orientation.TOP_LEFT;
            Path xmpTarget = upright ? target : target.resolveSibling(target.getFileName() + ".noxmp");
            try (OutputStream out = Files.newOutputStream(xmpTarget)) {
                new JpegXmpRewriter().removeXmpXml(withoutExif.toFile(), out);
            }
            if (!upright) {
                try (OutputStream out = Files.newOutputStream(target)) {
                    TiffOutputSet only = new TiffOutputSet();
                    only.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION,
                            (short) (orientation.ordinal() + 1));
                    new ExifRewriter().updateExifMetadataLossy(xmpTarget.toFile(), out, only);
                } finally {
                    Files.deleteIfExists(xmpTarget);
                }
            }
        } catch (ImagingException e) {
            throw new IOException("the JPEG's metadata could not be removed", e);
        } finally {
            Files.deleteIfExists(withoutExif);
        }
    }
}
