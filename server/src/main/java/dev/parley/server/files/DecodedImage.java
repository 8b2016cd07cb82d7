package dev.parley.server.files;

import java.awt.image.BufferedImage;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * An image read for making renditions: its size as stored and as shown (EXIF orientation
 * applied), its pixels (possibly subsampled to save memory), and its EXIF orientation.
 */
record DecodedImage(int storedWidth, int storedHeight, BufferedImage pixels, Orientation orientation) {

    /** Orientations 5–8 turn the picture by 90°: it shows with width and height swapped. */
    boolean turned() {
        return orientation != null && orientation.ordinal() >= Orientation.LEFT_TOP.ordinal();
    }

    int shownWidth() {
        return turned() ? storedHeight : storedWidth;
    }

    int shownHeight() {
        return turned() ? storedWidth : storedHeight;
    }
}
