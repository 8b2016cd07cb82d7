package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uploading, attaching and downloading files over real HTTP; run on H2 and on PostgreSQL. */
abstract class FileApiContract {
    abstract TestNode node();

    @Test
    void an_uploaded_document_comes_back_as_a_file_object_whose_link_serves_it_as_a_download() throws Exception {
        var ana = node().newUser("ana");
        String room = ana.createRoom("group", "Docs");
        byte[] text = "meeting notes\n".getBytes(StandardCharsets.UTF_8);

        var uploaded = Multipart.file("notes.txt", "text/plain", text).postTo(ana.api(), "/v1/rooms/" + room + "/files");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = uploaded.json();
        assertThat(file.get("roomId").asText()).isEqualTo(room);
        assertThat(file.get("name").asText()).isEqualTo("notes.txt");
        assertThat(file.get("size").asLong()).isEqualTo(text.length);
        assertThat(file.get("mimeType").asText()).isEqualTo("text/plain");
        assertThat(file.get("kind").asText()).isEqualTo("file");
        assertThat(file.has("thumbnailUrl")).isFalse();
        assertThat(file.get("createdAt").asText()).isNotBlank();

        var download = Multipart.fetch(node().url(), file.get("url").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(text);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("notes.txt");
        assertThat(download.header("Content-Type")).startsWith("text/plain");
    }

    @Test
    void an_image_gets_its_size_a_thumbnail_and_a_preview_and_is_served_inline() throws Exception {
        var ana = node().newUser("ana");
        String room = ana.createRoom("group", "Pictures");

        var uploaded = Multipart.file("shot.png", "image/png", TestImages.png(2000, 1000))
                .postTo(ana.api(), "/v1/rooms/" + room + "/files");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = uploaded.json();
        assertThat(file.get("kind").asText()).isEqualTo("image");
        assertThat(file.get("width").asInt()).isEqualTo(2000);
        assertThat(file.get("height").asInt()).isEqualTo(1000);
        var original = Multipart.fetch(node().url(), file.get("url").asText());
        assertThat(original.header("Content-Disposition")).startsWith("inline");
        assertThat(TestImages.read(original.body()).getWidth()).isEqualTo(2000);
        var thumbnail = TestImages.read(Multipart.fetch(node().url(), file.get("thumbnailUrl").asText()).body());
        assertThat(thumbnail.getWidth()).isEqualTo(360);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
        var preview = TestImages.read(Multipart.fetch(node().url(), file.get("previewUrl").asText()).body());
        assertThat(preview.getWidth()).isEqualTo(1280);
    }

    @Test
    void a_message_carries_its_uploads_with_fresh_links_and_may_have_no_text() throws Exception {
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        String room = ana.createRoom("group", "Share", bob);
        String image = upload(ana, room, "a.jpg", "image/jpeg", TestImages.jpeg(400, 300)).get("id").asText();
        String doc = upload(ana, room, "b.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()).get("id").asText();

        var sent = ana.api().post("/v1/rooms/" + room + "/messages",
                Map.of("clientId", "files-1", "attachments", List.of(Map.of("fileId", image), Map.of("fileId", doc))));

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("text").asText()).isEmpty();
        JsonNode seen = bob.api().allMessages(room).getLast();
        JsonNode attachments = seen.get("attachments");
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).get("id").asText()).isEqualTo(image);
        assertThat(attachments.get(0).get("kind").asText()).isEqualTo("image");
        assertThat(attachments.get(0).get("width").asInt()).isEqualTo(400);
        assertThat(attachments.get(1).get("mimeType").asText()).isEqualTo("application/pdf");
        var fetched = Multipart.fetch(node().url(), attachments.get(0).get("thumbnailUrl").asText());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.header("Content-Type")).isEqualTo("image/jpeg");

        var retried = ana.api().post("/v1/rooms/" + room + "/messages",
                Map.of("clientId", "files-1", "attachments", List.of(Map.of("fileId", image), Map.of("fileId", doc))));
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("id").asText()).isEqualTo(sent.json().get("id").asText());
    }

    @Test
    void a_file_of_another_room_or_another_uploader_cannot_be_attached() throws Exception {
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        String shared = ana.createRoom("group", "Shared", bob);
        String other = ana.createRoom("group", "Other", bob);
        String anas = upload(ana, shared, "x.txt", "text/plain", "x".getBytes()).get("id").asText();

        var otherRoom = ana.api().post("/v1/rooms/" + other + "/messages",
                Map.of("attachments", List.of(Map.of("fileId", anas))));
        var otherUploader = bob.api().post("/v1/rooms/" + shared + "/messages",
                Map.of("attachments", List.of(Map.of("fileId", anas))));

        assertThat(otherRoom.status()).isEqualTo(404);
        assertThat(otherRoom.code()).isEqualTo("file_not_found");
        assertThat(otherUploader.status()).isEqualTo(404);
        assertThat(ana.api().allMessages(other)).isEmpty();
        assertThat(bob.api().allMessages(shared)).isEmpty();
    }

    @Test
    void a_file_already_sent_in_one_message_cannot_be_attached_to_another() throws Exception {
        var ana = node().newUser("ana");
        String room = ana.createRoom("group", "Once");
        String file = upload(ana, room, "x.txt", "text/plain", "x".getBytes()).get("id").asText();
        ana.api().post("/v1/rooms/" + room + "/messages", Map.of("attachments", List.of(Map.of("fileId", file))));

        var again = ana.api().post("/v1/rooms/" + room + "/messages",
                Map.of("text", "again", "attachments", List.of(Map.of("fileId", file))));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("file_already_attached");
    }

    @Test
    void a_voice_message_is_audio_with_its_duration() throws Exception {
        var ana = node().newUser("ana");
        String room = ana.createRoom("group", "Voice");
        byte[] ogg = java.util.Arrays.copyOf("OggS".getBytes(StandardCharsets.US_ASCII), 2048);

        var uploaded = Multipart.file("voice.ogg", "audio/ogg", ogg).field("duration", "12.5")
                .postTo(ana.api(), "/v1/rooms/" + room + "/voice");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("kind").asText()).isEqualTo("voice");
        assertThat(uploaded.json().get("durationMs").asLong()).isEqualTo(12_500);
        assertThat(uploaded.json().get("mimeType").asText()).isEqualTo("audio/ogg");
        var played = Multipart.fetch(node().url(), uploaded.json().get("url").asText());
        assertThat(played.header("Content-Disposition")).startsWith("inline");
    }

    @Test
    void fresh_links_are_handed_only_for_files_the_caller_may_see() throws Exception {
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        var carol = node().newUser("carol");
        String room = ana.createRoom("group", "Links", bob);
        String sent = upload(ana, room, "sent.png", "image/png", TestImages.png(50, 50)).get("id").asText();
        String unsent = upload(ana, room, "draft.txt", "text/plain", "draft".getBytes()).get("id").asText();
        ana.api().post("/v1/rooms/" + room + "/messages", Map.of("attachments", List.of(Map.of("fileId", sent))));
        String ids = "/v1/files?ids=" + sent + "," + unsent + "," + java.util.UUID.randomUUID();

        JsonNode anas = ana.api().get(ids).json().get("items");
        JsonNode bobs = bob.api().get(ids).json().get("items");
        var carols = carol.api().get(ids);

        assertThat(anas.findValuesAsText("id")).containsExactly(sent, unsent);
        assertThat(bobs.findValuesAsText("id")).as("another person's unsent upload is left out").containsExactly(sent);
        assertThat(carols.status()).isEqualTo(200);
        assertThat(carols.json().get("items")).as("a non-member gets no links").isEmpty();
        JsonNode fresh = bobs.get(0);
        assertThat(fresh.get("thumbnailUrl").asText()).contains("signature=");
        assertThat(Multipart.fetch(node().url(), fresh.get("thumbnailUrl").asText()).status()).isEqualTo(200);
        assertThat(Multipart.fetch(node().url(), fresh.get("url").asText()).status()).isEqualTo(200);
    }

    @Test
    void asking_for_links_without_ids_with_a_malformed_one_or_too_many_is_refused_in_plain_words() {
        var ana = node().newUser("ana");
        String many = String.join(",", java.util.Collections.nCopies(101, java.util.UUID.randomUUID().toString()));

        var missing = ana.api().get("/v1/files");
        var malformed = ana.api().get("/v1/files?ids=not-a-file");
        var tooMany = ana.api().get("/v1/files?ids=" + many);
        var anonymous = node().anonymous().get("/v1/files?ids=" + java.util.UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).isEqualTo("ids must name between 1 and 100 files");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).isEqualTo("ids must be a UUID");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("validation_failed");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    static JsonNode upload(TestNode.User user, String room, String name, String type, byte[] bytes) {
        var uploaded = Multipart.file(name, type, bytes).postTo(user.api(), "/v1/rooms/" + room + "/files");
        if (uploaded.status() != 201) {
            throw new AssertionError("uploading " + name + ": " + uploaded);
        }
        return uploaded.json();
    }
}
