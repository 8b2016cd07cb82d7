package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a held-back hostile-input suite found: repeated credential and content-type headers,
 * invalid UTF-8, WebSocket upgrades without a key or with another version. Each is a 4xx that
 * names the problem and changes nothing.
 */
class HostileInputTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    static TestNode.User ana;
    static TestNode.User bob;
    static String room;

    @BeforeAll
    static void start() {
        ana = node.newUser("ana");
        bob = node.newUser("bob");
        room = ana.createRoom("group", "Target");
    }

    @AfterEach
    void nothing_was_stored() {
        assertThat(ana.api().get("/v1/rooms/" + room + "/messages").json().get("items")).isEmpty();
    }

    @Test
    void a_refused_request_whose_body_comes_late_leaves_the_kept_alive_connection_usable() throws Exception {
        // Refused before its body is needed (a bad token), the body arriving after a pause as on a
        // slow network: the client still gets its answer and can send its next request on the connection.
        String answers = RawHttp.postWithLateBodyThenGet(node.url(), "/v1/rooms/" + room + "/messages", "not-a-token",
                "{\"text\":\"late\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 300);

        assertThat(answers.lines().filter(line -> line.startsWith("HTTP/1.1 ")).map(line -> line.substring(0, 12)))
                .containsExactly("HTTP/1.1 401", "HTTP/1.1 200");
    }

    private static String post(String extraHeaders, byte[] body) throws Exception {
        return RawHttp.exchange(node.url(), "POST /v1/rooms/" + room + "/messages HTTP/1.1\r\n" + extraHeaders, body);
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }

    private static String bodyOf(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static final byte[] MESSAGE = "{\"text\":\"hi\",\"clientId\":\"c1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void two_authorization_headers_are_400_even_when_both_are_valid() throws Exception {
        String response = post("Authorization: Bearer " + node.token(ana.id()) + "\r\nAuthorization: Bearer "
                + node.token(bob.id()) + "\r\nContent-Type: application/json\r\n", MESSAGE);

        assertThat(statusLine(response)).contains(" 400 ");
        assertThat(bodyOf(response)).contains("send one Authorization header, not 2");
    }

    @Test
    void two_content_type_headers_are_400() throws Exception {
        String response = post("Authorization: Bearer " + node.token(ana.id())
                + "\r\nContent-Type: application/json\r\nContent-Type: text/plain\r\n", MESSAGE);

        assertThat(statusLine(response)).contains(" 400 ");
        assertThat(bodyOf(response)).contains("send one Content-Type header, not 2");
    }

    @Test
    void invalid_utf8_in_a_json_body_is_400_naming_the_byte() throws Exception {
        var body = new ByteArrayOutputStream();
        body.writeBytes("{\"text\":\"caf".getBytes(StandardCharsets.US_ASCII));
        body.write(0xC3); // the first byte of é, without its second
        body.writeBytes("\",\"clientId\":\"c2\"}".getBytes(StandardCharsets.US_ASCII));

        var response = ana.api().raw("POST", "/v1/rooms/" + room + "/messages", "application/json", body.toByteArray());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("malformed_json");
        assertThat(response.json().get("detail").asText()).isEqualTo("the body is not valid UTF-8 (byte 13 of 31)");
    }

    @Test
    void an_overlong_utf8_encoding_is_refused_too() {
        byte[] body = "{\"text\":\"a?\",\"clientId\":\"c3\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] overlong = new byte[body.length + 1];
        System.arraycopy(body, 0, overlong, 0, 10);
        overlong[10] = (byte) 0xC0; // "/" encoded in two bytes, which UTF-8 forbids
        overlong[11] = (byte) 0xAF;
        System.arraycopy(body, 11, overlong, 12, body.length - 11);

        var response = ana.api().raw("POST", "/v1/rooms/" + room + "/messages", "application/json", overlong);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).startsWith("the body is not valid UTF-8");
    }

    @Test
    void malformed_json_says_where_without_the_parser_s_own_words() {
        var response = ana.api().send("POST", "/v1/rooms/" + room + "/messages", "{\"text\": }");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).isEqualTo("malformed JSON at line 1, column 10");
    }

    private static String upgrade(String headers) throws Exception {
        return RawHttp.exchange(node.url(), "GET /v1/ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + headers, new byte[0]);
    }

    @Test
    void a_websocket_upgrade_without_a_key_is_400() throws Exception {
        String response = upgrade("Sec-WebSocket-Version: 13\r\n");

        assertThat(statusLine(response)).as(response).contains(" 400 ");
        assertThat(bodyOf(response)).as(response).contains("Sec-WebSocket-Key");
    }

    @Test
    void a_websocket_upgrade_with_another_version_is_426_naming_version_13() throws Exception {
        String response = upgrade("Sec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");

        assertThat(statusLine(response)).contains(" 426 ");
        assertThat(response.toLowerCase()).contains("sec-websocket-version: 13");
        assertThat(bodyOf(response)).contains("WebSocket version 8 is not supported; use 13");
    }

    @Test
    void a_websocket_upgrade_without_a_version_is_426_too() throws Exception {
        String response = upgrade("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");

        assertThat(statusLine(response)).contains(" 426 ");
        assertThat(response.toLowerCase()).contains("sec-websocket-version: 13");
    }

    @Test
    void json_and_problem_bodies_end_with_a_newline() {
        assertThat(ana.api().get("/v1/rooms/" + room).body()).endsWith("}\n");
        assertThat(ana.api().get("/v1/rooms/not-a-room").body()).endsWith("}\n");
        assertThat(node.anonymous().get("/health").body()).isEqualTo("{\"status\":\"up\"}\n");
        assertThat(node.anonymous().get("/v1/no-such-route").body()).endsWith("}\n");
    }
}
