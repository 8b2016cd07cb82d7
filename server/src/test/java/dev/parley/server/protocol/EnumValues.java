package dev.parley.server.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import java.util.TreeSet;

/** The JSON values of a wire enum: the {@code @JsonProperty} name of each constant. */
final class EnumValues {
    private EnumValues() {
    }

    static Set<String> of(Class<?> wireEnum) {
        Set<String> values = new TreeSet<>();
        for (Object constant : wireEnum.getEnumConstants()) {
            try {
                JsonProperty name = wireEnum.getField(((Enum<?>) constant).name()).getAnnotation(JsonProperty.class);
                values.add(name == null ? ((Enum<?>) constant).name() : name.value());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }
}
