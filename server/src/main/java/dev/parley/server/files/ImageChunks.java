package dev.parley.server.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Copies PNG and WebP files chunk by chunk, dropping the chunks that carry metadata (EXIF,
 * XMP, text, timestamps). Streams: a file is never held whole in memory.
 */
final class ImageChunks {
    /** PNG chunks needed to draw the image (APNG animation included); everything else is dropped. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "iCCP", "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT");
    private static final Set<String> WEBP_DROPPED = Set.of("EXIF", "XMP ");
    private static final int VP8X_EXIF = 0x08;
    private static final int VP8X_XMP = 0x04;

    private ImageChunks() {
    }

    static void stripPng(Path source, Path target) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source)));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            out.write(in.readNBytes(8));
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return;
                }
                byte[] type = in.readNBytes(4);
                String name = new String(type, StandardCharsets.ISO_8859_1);
                if (PNG_KEPT.contains(name)) {
                    out.write(ByteBuffer.allocate(4).putInt(length).array());
                    out.write(type);
                    copy(in, out, length + 4L);
                } else {
                    skip(in, length + 4L);
                }
                if (name.equals("IEND")) {
                    return;
                }
            }
        }
    }

    static void stripWebp(Path source, Path target) throws IOException {
        long size = Files.size(source);
        long kept = 4;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source)))) {
            skip(in, 12);
            for (long at = 12; at + 8 <= size; ) {
                String name = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
                long length = littleEndian(in.readNBytes(4)) + 1 & ~1L;
                skip(in, length);
                at += 8 + length;
                if (!WEBP_DROPPED.contains(name)) {
                    kept += 8 + length;
                }
            }
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source)));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            out.write(in.readNBytes(4));
            in.readNBytes(4);
            out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) kept).array());
            out.write(in.readNBytes(4));
            for (long at = 12; at + 8 <= size; ) {
                byte[] header = in.readNBytes(8);
                String name = new String(header, 0, 4, StandardCharsets.ISO_8859_1);
                long length = littleEndian(java.util.Arrays.copyOfRange(header, 4, 8)) + 1 & ~1L;
                at += 8 + length;
                if (WEBP_DROPPED.contains(name)) {
                    skip(in, length);
                    continue;
                }
                out.write(header);
                if (name.equals("VP8X") && length > 0) {
                    out.write(in.read() & ~(VP8X_EXIF | VP8X_XMP));
                    copy(in, out, length - 1);
                } else {
                    copy(in, out, length);
                }
            }
        }
    }

    private static long littleEndian(byte[] four) {
        return ByteBuffer.wrap(four).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("the image ends in the middle of a chunk");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void skip(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the image ends in the middle of a chunk");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
