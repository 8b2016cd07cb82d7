package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile and broken uploads: each gets a clear 4xx, and nothing is stored or left in temp space. */
class FileBadInputTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withFiles(new dev.parley.server.config.ParleyConfig.Files(
            config.dataDir().resolve("files"), false, 1024 * 1024, 512 * 1024, 1024 * 1024, 60, 40_000_000L,
            java.time.Duration.ofDays(1), java.time.Duration.ofHours(1), null)));

    @AfterEach
    void nothing_is_stored_and_nothing_is_left_in_temp_space() throws IOException {
        assertThat(Multipart.regularFiles(node.config().dataDir().resolve("tmp"))).isEmpty();
        assertThat(Multipart.regularFiles(node.config().files().directory())).isEmpty();
    }

    @Test
    void a_file_over_the_limit_is_refused_from_its_declared_length_before_the_body_is_sent() throws IOException {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Big");

        String answer = startUpload(room, node.token(ana.id()), 50L * 1024 * 1024, new byte[0]);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("file_too_large").contains("1 MiB");
    }

    @Test
    void a_chunked_upload_over_the_limit_is_cut_off_once_past_it() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Big chunked");

        String answer = chunkedUpload(room, node.token(ana.id()), 20 * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("file_too_large");
    }

    @Test
    void an_empty_file_is_refused() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Empty");

        var answer = Multipart.file("empty.txt", "text/plain", new byte[0]).postTo(ana.api(), files(room));

        assertProblem(answer, 400, "validation_failed", "empty");
    }

    @Test
    void bytes_that_disagree_with_the_name_or_the_declared_type_are_refused() throws IOException {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Liars");
        byte[] png = TestImages.png(10, 10);

        assertProblem(Multipart.file("report.pdf", "application/pdf", png).postTo(ana.api(), files(room)), 415,
                "unsupported_media_type", "image/png");
        assertProblem(Multipart.file("picture", "image/jpeg", png).postTo(ana.api(), files(room)), 415,
                "unsupported_media_type", "image/jpeg");
        assertProblem(Multipart.file("page.txt", "text/plain", "<html><script>alert(1)</script></html>".getBytes())
                .postTo(ana.api(), files(room)), 415, "unsupported_media_type", "text/html");
        assertProblem(Multipart.file("logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes())
                .postTo(ana.api(), files(room)), 415, "unsupported_media_type", "svg");
    }

    @Test
    void refused_uploads_are_counted_by_result_in_the_metrics() throws IOException {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Counted");
        Multipart.file("a.pdf", "application/pdf", TestImages.png(5, 5)).postTo(ana.api(), files(room));

        String metrics = node.anonymous().get("/metrics").body();

        assertThat(metrics).containsPattern("parley_files_uploads_total\\{result=\"unsupported\"\\} [1-9]");
        assertThat(metrics).contains("parley_files_stored_bytes");
    }

    @Test
    void an_image_with_too_many_pixels_is_refused_before_it_is_decoded() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Bomb");

        var answer = Multipart.file("bomb.png", "image/png", TestImages.pixelBomb()).postTo(ana.api(), files(room));

        assertProblem(answer, 413, "file_too_large", "megapixels");
    }

    @Test
    void a_truncated_image_is_refused() throws IOException {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Cut");

        var png = Multipart.file("cut.png", "image/png", TestImages.truncated(TestImages.png(300, 300)))
                .postTo(ana.api(), files(room));
        var jpeg = Multipart.file("cut.jpg", "image/jpeg", TestImages.truncated(TestImages.jpeg(300, 300)))
                .postTo(ana.api(), files(room));

        assertProblem(png, 415, "unsupported_media_type", "damaged or truncated");
        assertProblem(jpeg, 415, "unsupported_media_type", "damaged or truncated");
    }

    @Test
    void names_that_climb_directories_or_hide_their_type_are_refused() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Names");
        byte[] text = "x".getBytes();

        assertProblem(Multipart.file("../../etc/passwd.txt", "text/plain", text).postTo(ana.api(), files(room)), 400,
                "validation_failed", "'..'");
        // Jetty's form parser already refuses control characters in a part header (FileNamesTest covers the check).
        assertProblem(Multipart.file("a\u0000.txt", "text/plain", text).postTo(ana.api(), files(room)), 400,
                "validation_failed", "multipart/form-data");
        assertProblem(Multipart.file("invoice\u202Etxt.exe", "text/plain", text).postTo(ana.api(), files(room)), 400,
                "validation_failed", "right-to-left");
    }

    @Test
    void a_name_with_a_path_keeps_only_its_last_part() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Paths");

        var answer = Multipart.file("C:\\Users\\ana\\notes.txt", "text/plain", "x".getBytes()).postTo(ana.api(), files(room));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("name").asText()).isEqualTo("notes.txt");
        cleanUp();
    }

    @Test
    void someone_outside_the_room_cannot_upload_to_it() {
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String room = ana.createRoom("group", "Private");

        var answer = Multipart.file("x.txt", "text/plain", "x".getBytes()).postTo(eve.api(), files(room));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("room_not_found");
    }

    @Test
    void a_request_that_is_not_a_form_or_has_no_file_field_is_refused() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Forms");

        assertProblem(ana.api().post(files(room), java.util.Map.of("upload", "x")), 415, "unsupported_media_type",
                "multipart/form-data");
        assertProblem(new Multipart().field("other", "x").postTo(ana.api(), files(room)), 400, "validation_failed",
                "'upload'");
    }

    @Test
    void a_voice_message_needs_a_sane_duration_and_audio_bytes() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Voice");
        byte[] ogg = java.util.Arrays.copyOf("OggS".getBytes(StandardCharsets.US_ASCII), 512);
        String voice = "/v1/rooms/" + room + "/voice";

        assertProblem(Multipart.file("v.ogg", "audio/ogg", ogg).postTo(ana.api(), voice), 400, "validation_failed",
                "duration is required");
        assertProblem(Multipart.file("v.ogg", "audio/ogg", ogg).field("duration", "61").postTo(ana.api(), voice), 400,
                "validation_failed", "at most 60 seconds");
        assertProblem(Multipart.file("v.ogg", "audio/ogg", ogg).field("duration", "soon").postTo(ana.api(), voice),
                400, "validation_failed", "number of seconds");
        assertProblem(Multipart.file("v.txt", "text/plain", "hello".getBytes()).field("duration", "3")
                .postTo(ana.api(), voice), 415, "unsupported_media_type", "must be audio");
    }

    @Test
    void a_tampered_or_expired_link_is_forbidden_and_says_nothing_about_the_file() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Links");
        String url = FileApiContract.upload(ana, room, "s.txt", "text/plain", "secret".getBytes()).get("url").asText();
        String otherId = java.util.UUID.randomUUID().toString();

        var tampered = Multipart.fetch(node.url(), url.replaceAll("signature=.", "signature=A"));
        var otherFile = Multipart.fetch(node.url(), url.replaceAll("/v1/files/[^/]+/", "/v1/files/" + otherId + "/"));
        var otherVariant = Multipart.fetch(node.url(), url.replace("/original?", "/thumbnail?"));
        var expired = Multipart.fetch(node.url(), url.replaceAll("expires=\\d+", "expires=1000000000"));
        var unsigned = Multipart.fetch(node.url(), url.substring(0, url.indexOf('?')));

        for (var answer : java.util.List.of(tampered, otherFile, otherVariant, expired, unsigned)) {
            assertThat(answer.status()).isEqualTo(403);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("secret").doesNotContain("s.txt").contains("not valid");
        }
        cleanUp();
    }

    private static String files(String room) {
        return "/v1/rooms/" + room + "/files";
    }

    private static void assertProblem(ApiClient.Response answer, int status, String code, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().get("detail").asText()).contains(detail);
    }

    /** Tests that store a file on purpose remove it, so the after-each check holds. */
    private static void cleanUp() {
        try (Stream<Path> paths = Files.walk(node.config().files().directory())) {
            paths.filter(Files::isRegularFile).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the head of an upload that declares {@code length} bytes, then reads the answer. */
    private static String startUpload(String room, String token, long length, byte[] prefix) throws IOException {
        URI base = URI.create(node.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + files(room) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(prefix);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Streams a chunked multipart upload of {@code total} bytes and returns the answer; the
     * server must answer (and stop reading) long before the end.
     */
    private static String chunkedUpload(String room, String token, long total) throws IOException {
        URI base = URI.create(node.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + files(room) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked"
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"big.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            writeChunk(out, head);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            long sent = 0;
            try {
                while (sent < total) {
                    writeChunk(out, chunk);
                    sent += chunk.length;
                    if (in.available() > 0) {
                        break;
                    }
                }
            } catch (IOException closedByServer) {
                // The server stopped reading: what it answered is waiting in the socket.
            }
            assertThat(sent).as("bytes sent before the server answered").isLessThan(total);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
}
