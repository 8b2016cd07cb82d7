package dev.parley.server.ws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ParleyException;
import dev.parley.protocol.ws.ErrorFrame;

/** Reading client frames into records, and writing the replies every handler shares (errors). */
final class Replies {
    private final ObjectMapper mapper;
    private final Frames frames;

    Replies(ObjectMapper mapper, Frames frames) {
        this.mapper = mapper;
        this.frames = frames;
    }

    Frames frames() {
        return frames;
    }

    void error(WsSession session, String ref, ParleyException problem) {
        Long retryAfter = problem.retryAfter().map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000)).orElse(null);
        session.reply(frames.write(new ErrorFrame(ref, problem.code().code(), problem.detail(), retryAfter)));
    }

    void error(WsSession session, String ref, String code, String detail) {
        session.reply(frames.write(new ErrorFrame(ref, code, detail)));
    }

    /** The frame as a record of {@code type}; a frame that does not fit is a 400-like error. */
    <T> T bind(ClientFrame frame, Class<T> type) {
        return bind(frame.body(), type);
    }

    <T> T bind(JsonNode body, Class<T> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw ParleyException.invalid(e instanceof JacksonException j
                    ? dev.parley.server.hardening.JsonErrors.doesNotFit(j, "the " + body.path("type").asText() + " frame")
                    : "the " + body.path("type").asText() + " frame does not have the expected shape");
        }
    }

    <T> T convert(JsonNode node, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return mapper.convertValue(node, type);
    }

    static String required(String field, String value) {
        if (value == null) {
            throw ParleyException.invalid(field + " is required");
        }
        return value;
    }
}
