package dev.parley.server.files;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Reads an uploaded image safely: the pixel count from the header first (a decompression bomb
 * is refused before a byte of it is decoded), then the pixels, subsampled to about twice the
 * preview size and a few decodes at a time so that memory stays bounded; a truncated or
 * damaged image is refused rather than shown half grey.
 */
final class ImageDecoder {
    /** Decode no more than this many pixels along the longer side when a smaller picture is enough. */
    private static final int DECODE_TARGET = 2 * ImageRenditions.PREVIEW_SIZE;

    private final long maxPixels;
    private final Semaphore decoding;

    ImageDecoder(long maxPixels, int concurrentDecodes) {
        this.maxPixels = maxPixels;
        this.decoding = new Semaphore(concurrentDecodes, true);
        ImageIO.setUseCache(false);
    }

    DecodedImage decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, false);
                int width;
                int height;
                try {
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw damaged();
                }
                checkPixels(width, height);
                Orientation orientation = orientation(reader);
                return new DecodedImage(width, height, pixels(reader, width, height), orientation);
            } finally {
                reader.dispose();
            }
        }
    }

    private void checkPixels(int width, int height) {
        long pixels = (long) width * height;
        if (width <= 0 || height <= 0) {
            throw damaged();
        }
        if (pixels > maxPixels) {
            throw new ParleyException(ErrorCode.FILE_TOO_LARGE, "the image is " + width + " × " + height + " pixels ("
                    + pixels / 1_000_000 + " megapixels); at most " + maxPixels / 1_000_000 + " megapixels are accepted");
        }
    }

    private BufferedImage pixels(ImageReader reader, int width, int height) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / DECODE_TARGET);
        param.setSourceSubsampling(step, step, 0, 0);
        AtomicReference<String> warning = new AtomicReference<>();
        reader.addIIOReadWarningListener((IIOReadWarningListener) (source, message) -> warning.compareAndSet(null, message));
        decoding.acquireUninterruptibly();
        try {
            BufferedImage image = reader.read(0, param);
            if (warning.get() != null) {
                throw damaged();
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParleyException parley) {
                throw parley;
            }
            throw damaged();
        } finally {
            decoding.release();
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static ImageReader readerFor(ImageInputStream in) {
        if (in == null) {
            throw damaged();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw damaged();
        }
        return readers.next();
    }

    private static ParleyException damaged() {
        return new ParleyException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the image is damaged or truncated and cannot be read");
    }
}
