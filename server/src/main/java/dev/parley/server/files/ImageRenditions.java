package dev.parley.server.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;

/**
 * The smaller pictures of an image, upright (EXIF orientation applied) and without any
 * metadata: a thumbnail for the timeline and a preview for the viewer, as JPEG on white.
 */
final class ImageRenditions {
    static final int THUMBNAIL_SIZE = 360;
    static final int PREVIEW_SIZE = 1280;

    private ImageRenditions() {
    }

    static void write(DecodedImage image, int size, Path target) throws IOException {
        var builder = Thumbnails.of(opaque(image.pixels()));
        if (Math.max(image.pixels().getWidth(), image.pixels().getHeight()) <= size) {
            builder.scale(1.0);
        } else {
            builder.size(size, size);
        }
        builder.outputFormat("jpg").outputQuality(0.85);
        if (image.orientation() != null) {
            builder.addFilter(ExifFilterUtils.getFilterForOrientation(image.orientation()));
        }
        builder.toFile(target.toFile());
    }

    /** JPEG has no transparency: transparent parts become white, not black. */
    static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }
}
