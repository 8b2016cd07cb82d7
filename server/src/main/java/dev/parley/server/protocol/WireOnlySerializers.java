package dev.parley.server.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;

/**
 * Keeps domain values off the wire: the API's JSON configuration refuses to write any
 * {@code dev.parley.core} type, so a route or frame that skips {@link WireMapper} fails in the
 * tests instead of publishing the domain's field names.
 */
public final class WireOnlySerializers extends Serializers.Base {
    private static final String DOMAIN = "dev.parley.core.";

    /** The module to register on the API's object mapper. */
    public static Module module() {
        return new Module() {
            @Override
            public String getModuleName() {
                return "parley-wire-only";
            }

            @Override
            public Version version() {
                return Version.unknownVersion();
            }

            @Override
            public void setupModule(SetupContext context) {
                context.addSerializers(new WireOnlySerializers());
            }
        };
    }

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
        return type.getRawClass().getName().startsWith(DOMAIN) ? new Refused() : null;
    }

    private static final class Refused extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            throw JsonMappingException.from(gen, "the domain type " + value.getClass().getSimpleName()
                    + " is not a wire record: map it with dev.parley.server.protocol.WireMapper");
        }
    }
}
