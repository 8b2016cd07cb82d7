package dev.parley.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.parley.protocol.rest.PutUserRequest;
import dev.parley.server.http.JsonMapping;
import org.junit.jupiter.api.Test;

/** An application's {@code data} in a request: any JSON value, read as its compact text; null is no value. */
class RawJsonTest {
    private static final ObjectMapper JSON = JsonMapping.create();

    private static String data(String json) throws Exception {
        var request = JSON.readValue("{\"name\":\"A\",\"data\":" + json + "}", PutUserRequest.class);
        return request.data() == null ? null : request.data().json();
    }

    @Test
    void data_of_every_json_kind_is_read_as_its_compact_text() throws Exception {
        assertThat(data("{ \"plan\" : \"pro\", \"n\": [1, 2.5, true] }")).isEqualTo("{\"plan\":\"pro\",\"n\":[1,2.5,true]}");
        assertThat(data("\"text\"")).isEqualTo("\"text\"");
        assertThat(data("12")).isEqualTo("12");
        assertThat(data("[]")).isEqualTo("[]");
        assertThat(data("null")).isNull();
    }

    @Test
    void data_with_a_duplicate_key_is_refused_as_the_rest_of_the_body_is() {
        assertThatThrownBy(() -> data("{\"a\":1,\"a\":2}")).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void a_body_with_trailing_content_after_the_data_is_still_refused() {
        assertThatThrownBy(() -> JSON.readValue("{\"name\":\"A\",\"data\":{}} {}", PutUserRequest.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
