package dev.parley.store.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.message.Attachment;
import java.util.List;

/** A message's attachments as the JSON text of its {@code attachments} column; none is NULL. */
public final class AttachmentJson {
    private static final TypeReference<List<Attachment>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public AttachmentJson() {
        this.mapper = JsonMapper.builder()
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String write(List<Attachment> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(attachments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attachments cannot be written as JSON", e);
        }
    }

    public List<Attachment> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.copyOf(mapper.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attachments are not valid JSON: " + json, e);
        }
    }
}
