package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.nio.charset.StandardCharsets;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What is served of an uploaded photo: no GPS or camera data, upright, with renditions the right way round. */
class ImageUploadTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void a_photo_is_served_without_its_gps_position_and_still_shows_upright() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Holiday");
        byte[] photo = TestImages.jpegWithGpsTurned(800, 600);
        assertThat(gpsOf(photo)).as("the test photo has a GPS position").isTrue();

        JsonNode file = FileApiContract.upload(ana, room, "beach.jpg", "image/jpeg", photo);
        byte[] served = Multipart.fetch(node.url(), file.get("url").asText()).body();

        assertThat(gpsOf(served)).isFalse();
        assertThat(orientationOf(served)).isEqualTo(6);
        assertThat(TestImages.read(served).getWidth()).as("pixels untouched").isEqualTo(800);
        assertThat(file.get("width").asInt()).as("shown turned: portrait").isEqualTo(600);
        assertThat(file.get("height").asInt()).isEqualTo(800);
        var thumbnail = TestImages.read(Multipart.fetch(node.url(), file.get("thumbnailUrl").asText()).body());
        assertThat(thumbnail.getHeight()).isEqualTo(360);
        assertThat(thumbnail.getWidth()).isEqualTo(270);
    }

    @Test
    void text_chunks_of_a_png_are_not_served() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Screens");
        byte[] png = withTextChunk(TestImages.png(50, 40), "Comment", "taken at 52.52N 13.40E");

        JsonNode file = FileApiContract.upload(ana, room, "screen.png", "image/png", png);
        byte[] served = Multipart.fetch(node.url(), file.get("url").asText()).body();

        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("52.52N");
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("52.52N").doesNotContain("tEXt");
        assertThat(TestImages.read(served).getWidth()).isEqualTo(50);
    }

    private static boolean gpsOf(byte[] jpeg) throws Exception {
        var metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata exif && exif.getExif() != null && exif.getExif().getGpsInfo() != null;
    }

    private static int orientationOf(byte[] jpeg) throws Exception {
        var metadata = (JpegImageMetadata) Imaging.getMetadata(jpeg);
        return metadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue();
    }

    /** Inserts a tEXt chunk right after the PNG's header chunk. */
    private static byte[] withTextChunk(byte[] png, String key, String text) {
        byte[] data = (key + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        var chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 8 + 13 + 4;
        var out = new java.io.ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk.array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }
}
