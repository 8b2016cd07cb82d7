package dev.parley.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The origins a page's Content-Security-Policy lets it connect to for a LiveKit server. */
class LiveKitOriginsTest {

    @Test
    void a_secure_livekit_server_is_reached_over_wss_and_validated_over_https() {
        assertThat(WebApp.liveKitOrigins("wss://livekit.example.com"))
                .containsExactly("wss://livekit.example.com", "https://livekit.example.com");
        assertThat(WebApp.liveKitOrigins("wss://livekit.example.com:7443/"))
                .containsExactly("wss://livekit.example.com:7443", "https://livekit.example.com:7443");
    }

    @Test
    void a_plain_livekit_server_is_reached_over_ws_and_http() {
        assertThat(WebApp.liveKitOrigins("ws://127.0.0.1:7880"))
                .containsExactly("ws://127.0.0.1:7880", "http://127.0.0.1:7880");
    }

    @Test
    void without_livekit_pages_connect_to_this_server_only() {
        assertThat(WebApp.liveKitOrigins("")).isEmpty();
        assertThat(WebApp.policy(List.of(), List.of())).contains("connect-src 'self';");
        assertThat(WebApp.policy(List.of(), WebApp.liveKitOrigins("wss://lk.example")))
                .contains("connect-src 'self' wss://lk.example https://lk.example;");
    }
}
