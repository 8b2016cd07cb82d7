package dev.parley.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.protocol.model.RawJson;
import dev.parley.server.protocol.WireOnlySerializers;
import java.io.IOException;

/**
 * The one JSON configuration of the API: strict on input (no type coercion, no duplicate
 * keys, no trailing content; unknown fields ignored), camelCase ISO-8601 on output, and only
 * wire records ({@code dev.parley.protocol}) out: a domain value is refused.
 */
public final class JsonMapping {
    private JsonMapping() {
    }

    public static ObjectMapper create() {
        SimpleModule parley = new SimpleModule("parley");
        parley.addSerializer(RawJson.class, new RawJsonSerializer());
        parley.addDeserializer(RawJson.class, new RawJsonDeserializer());
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(parley)
                .addModule(WireOnlySerializers.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        for (LogicalType target : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            var coercion = mapper.coercionConfigFor(target);
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                    CoercionInputShape.EmptyString}) {
                coercion.setCoercion(shape, CoercionAction.Fail);
            }
        }
        // Integers are fine where a floating-point number is expected.
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return mapper;
    }

    /** Writes an application's JSON value of a wire record verbatim. */
    private static final class RawJsonSerializer extends StdSerializer<RawJson> {
        RawJsonSerializer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(value.json());
        }
    }

    /** Reads any JSON value of a request (an application's {@code data}) as its compact JSON text. */
    private static final class RawJsonDeserializer extends StdDeserializer<RawJson> {
        RawJsonDeserializer() {
            super(RawJson.class);
        }

        @Override
        public RawJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = context.readTree(parser);
            return new RawJson(tree.toString());
        }
    }
}
