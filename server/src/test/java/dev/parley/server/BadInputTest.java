package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input: every case gets a clear 4xx problem response, changes
 * nothing, and the server keeps serving.
 */
class BadInputTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    static TestNode.User ana;
    static String room;

    @BeforeAll
    static void start() {
        ana = node.newUser("ana");
        room = ana.createRoom("group", "Target");
        ana.send(room, "the only message");
    }

    @BeforeEach
    @AfterEach
    void nothing_changed_and_the_server_still_serves() {
        var history = ana.api().get("/v1/rooms/" + room + "/messages").json();
        assertThat(history.get("items")).hasSize(1);
        assertThat(history.get("items").get(0).get("text").asText()).isEqualTo("the only message");
        var target = ana.api().get("/v1/rooms/" + room).json();
        assertThat(target.get("name").asText()).isEqualTo("Target");
        assertThat(target.get("memberCount").asInt()).isEqualTo(1);
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        var body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("type").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.parley");
        if (code != null) {
            assertThat(body.get("code").asText()).isEqualTo(code);
        }
    }

    private static String messages() {
        return "/v1/rooms/" + room + "/messages";
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"text\":", "not json", "[1,2]", "\"text\"", "{\"text\":\"a\"} trailing",
            "{\"text\":\"a\",\"text\":\"b\"}", "null", "{\"text\":\"\\ud800\"x}"})
    void malformed_json_is_400(String body) {
        var response = ana.api().post(messages(), body);
        assertThat(response.status()).isEqualTo(400);
        assertProblem(response, 400, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\":42}", "{\"text\":true}", "{\"text\":[\"a\"]}", "{\"text\":{\"a\":1}}",
            "{\"text\":\"a\",\"clientId\":7}", "{\"text\":\"a\",\"attachments\":\"x\"}",
            "{\"text\":\"a\",\"attachments\":[{\"url\":5}]}", "{\"text\":\"a\",\"parentId\":123}"})
    void wrong_types_are_400_naming_the_field(String body) {
        var response = ana.api().post(messages(), body);
        assertProblem(response, 400, "validation_failed");
    }

    @Test
    void wrong_types_elsewhere_are_400_too() {
        assertProblem(ana.api().post("/v1/rooms/" + room + "/read", "{\"seq\":\"5\"}"), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms/" + room + "/read", "{\"seq\":1.5}"), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms", "{\"type\":\"group\",\"name\":\"x\",\"memberIds\":\"bob\"}"), 400,
                "validation_failed");
        assertProblem(node.server().put("/v1/users/typed", "{\"name\":12}"), 400, "validation_failed");
        assertThat(node.server().get("/v1/users/typed").status()).isEqualTo(404);
    }

    @Test
    void missing_fields_are_400() {
        assertProblem(ana.api().post(messages(), "{}"), 400, "validation_failed");
        assertProblem(ana.api().post(messages(), "{\"text\":null}"), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms/" + room + "/read", "{}"), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms", "{\"type\":\"group\"}"), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms/direct", "{}"), 400, "validation_failed");
        assertProblem(node.server().put("/v1/users/nameless", "{}"), 400, "validation_failed");
    }

    @Test
    void unknown_and_read_only_fields_are_ignored() {
        var other = ana.createRoom("group", "Scratch");
        var sent = ana.api().post("/v1/rooms/" + other + "/messages",
                Map.of("text", "fine", "seq", 99, "id", "forged", "userId", "mallory", "color", "red"));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("seq").asLong()).isEqualTo(1);
        assertThat(sent.json().get("userId").asText()).isEqualTo(ana.id());
        assertThat(sent.json().get("id").asText()).isNotEqualTo("forged");
    }

    @Test
    void an_empty_body_is_400_and_a_non_json_content_type_is_415() {
        assertProblem(ana.api().raw("POST", messages(), "application/json", new byte[0]), 400, "malformed_json");
        assertProblem(ana.api().raw("POST", messages(), "text/plain", "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported_media_type");
        assertProblem(ana.api().raw("POST", messages(), null, "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported_media_type");
        var charset = ana.api().raw("POST", "/v1/rooms/" + room + "/read", "application/json; charset=utf-8",
                "{\"seq\":0}".getBytes(StandardCharsets.UTF_8));
        assertThat(charset.status()).isEqualTo(200);
    }

    @Test
    void a_ten_megabyte_body_is_413_as_soon_as_its_length_is_announced() throws Exception {
        String response = RawHttp.postDeclaring(node.url(), messages(), node.token(ana.id()), 10L * 1024 * 1024,
                "{\"text\":\"aaaa".getBytes(StandardCharsets.UTF_8));

        assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void a_chunked_body_over_one_mebibyte_with_no_declared_length_is_413_too() throws Exception {
        byte[] over = ("{\"text\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        String response = RawHttp.postChunked(node.url(), messages(), node.token(ana.id()), over);

        assertThat(response).startsWith("HTTP/1.1 413").contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void text_over_the_limit_or_with_control_characters_is_400() {
        assertProblem(ana.api().post(messages(), Map.of("text", "a".repeat(4001))), 400, "validation_failed");
        assertProblem(ana.api().post(messages(), Map.of("text", "")), 400, "validation_failed");
        assertProblem(ana.api().post(messages(), Map.of("text", "nul\u0000byte")), 400, "validation_failed");
        assertProblem(ana.api().post(messages(), Map.of("text", "bell\u0007")), 400, "validation_failed");
        assertProblem(ana.api().post(messages(), Map.of("text", "x", "clientId", "c".repeat(65))), 400,
                "validation_failed");
        assertProblem(ana.api().patch("/v1/rooms/" + room, Map.of("name", "n".repeat(101))), 400, "validation_failed");
        assertProblem(ana.api().patch("/v1/rooms/" + room, Map.of("topic", "t".repeat(501))), 400, "validation_failed");
        assertProblem(ana.api().patch("/v1/rooms/" + room, Map.of("data", Map.of("blob", "x".repeat(5000)))), 400,
                "validation_failed");
    }

    @Test
    void text_at_the_limit_counts_characters_not_bytes() {
        var other = ana.createRoom("group", "Emoji");
        var sent = ana.api().post("/v1/rooms/" + other + "/messages", Map.of("text", "😀".repeat(4000)));
        assertThat(sent.status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2Fx", "%2E%2E", "x'%20OR%201=1--", "a%20b", "%F0%9F%98%80", "a%0Ab", "a%00b",
            "semi;colon", "."})
    void invalid_user_ids_are_400(String id) {
        assertProblem(node.server().put("/v1/users/" + id, Map.of("name", "x")), 400, null);
        assertThat(node.server().get("/v1/users?query=").json().get("items").toString()).doesNotContain("OR 1=1");
    }

    @Test
    void a_500_character_user_id_is_400() {
        assertProblem(node.server().put("/v1/users/" + "u".repeat(500), Map.of("name", "x")), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms/direct", Map.of("userId", "u".repeat(500))), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms", Map.of("type", "group", "name", "x", "memberIds",
                List.of("ok-id", "bad id"))), 400, "validation_failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1", "..", "00000000-0000-0000-0000-00000000000g", "%27%3B%20DROP%20TABLE%20rooms"})
    void invalid_room_and_message_ids_are_400(String id) {
        assertProblem(ana.api().get("/v1/rooms/" + id), 400, "validation_failed");
        assertProblem(ana.api().get("/v1/rooms/" + id + "/messages"), 400, "validation_failed");
        assertProblem(ana.api().patch(messages() + "/" + id, Map.of("text", "x")), 400, "validation_failed");
        assertProblem(ana.api().post(messages(), Map.of("text", "x", "parentId", id)), 400, "validation_failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=201", "limit=-1", "limit=abc", "limit=99999999999999999999",
            "before=-1", "after=-5", "before=1&after=1", "after=1e3", "before=9223372036854775808"})
    void bad_history_parameters_are_400(String query) {
        assertProblem(ana.api().get(messages() + "?" + query), 400, "validation_failed");
    }

    @Test
    void huge_seqs_are_fine_where_they_make_sense() {
        assertThat(ana.api().get(messages() + "?before=9223372036854775807").status()).isEqualTo(200);
        assertThat(ana.api().get(messages() + "?after=9223372036854775807").json().get("items")).isEmpty();
        assertProblem(ana.api().post("/v1/rooms/" + room + "/read", "{\"seq\":-1}"), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms/" + room + "/read", "{\"seq\":99999999999999999999999}"), 400,
                "validation_failed");
    }

    @Test
    void a_stray_percent_in_a_query_string_is_not_an_error() throws Exception {
        String response = RawHttp.send(node.url(), "/v1/users?query=%", TestNode.API_SECRET);
        assertThat(response).startsWith("HTTP/1.1 200").contains("\"items\":[");
    }

    @Test
    void malformed_cursors_and_bad_list_limits_are_400() {
        assertProblem(ana.api().get("/v1/rooms?cursor=%25%25%25"), 400, "invalid_cursor");
        assertProblem(ana.api().get("/v1/rooms?cursor=bm90IGEgY3Vyc29y"), 400, "invalid_cursor");
        assertProblem(ana.api().get("/v1/rooms?limit=500"), 400, "validation_failed");
        assertProblem(node.server().get("/v1/users?cursor=!!"), 400, "invalid_cursor");
        assertProblem(ana.api().get("/v1/channels?cursor=YQ"), 400, "invalid_cursor");
        assertProblem(ana.api().get("/v1/rooms/" + room + "/members?limit=0"), 400, "validation_failed");
    }

    @Test
    void unknown_enum_values_are_400() {
        assertProblem(ana.api().post("/v1/rooms", Map.of("type", "direct", "name", "x")), 400, "validation_failed");
        assertProblem(ana.api().post("/v1/rooms", Map.of("type", "GROUP", "name", "x")), 400, "validation_failed");
        assertProblem(node.server().put("/v1/users/enum-test", Map.of("name", "x", "role", "root")), 400,
                "validation_failed");
    }

    @Test
    void too_many_ids_in_one_call_are_400() {
        var many = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "user-" + i).toList();
        assertProblem(ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", many)), 400,
                "validation_failed");
    }

    @Test
    void bad_emoji_are_400() {
        String id = ana.api().get(messages()).json().get("items").get(0).get("id").asText();
        assertProblem(ana.api().put(messages() + "/" + id + "/reactions/a%20b", null), 400, "validation_failed");
        assertProblem(ana.api().put(messages() + "/" + id + "/reactions/" + "x".repeat(65), null), 400,
                "validation_failed");
        assertProblem(ana.api().put(messages() + "/" + id + "/reactions/%07", null), 400, "validation_failed");
    }

    @Test
    void unknown_routes_and_methods_are_problem_responses() {
        assertProblem(ana.api().get("/v1/nothing-here"), 404, "not_found");
        assertProblem(node.anonymous().get("/no/such/path"), 404, "not_found");
        assertProblem(ana.api().send("PATCH", "/v1/rooms", Map.of()), 405, "method_not_allowed");
        assertProblem(node.server().send("POST", "/v1/users/someone", Map.of("name", "x")), 405, "method_not_allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/rooms/%zz", "/v1/users/%", "/v1/rooms/%C0%AE%C0%AE", "/v1/users/a%2"})
    void bad_url_encodings_are_400_problems(String target) throws Exception {
        String response = RawHttp.send(node.url(), target, TestNode.API_SECRET);
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Content-Type: application/problem+json");
        assertThat(response).contains("\"status\":400").doesNotContain("<html").doesNotContain("Exception");
    }
}
