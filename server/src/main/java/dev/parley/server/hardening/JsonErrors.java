package dev.parley.server.hardening;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;

/**
 * Plain words for what the JSON parser refused, naming the field and the place but never the
 * parser's own messages (which carry Java class names and internal codes).
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** "malformed JSON at line 1, column 12". */
    public static String malformed(JsonParseException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "malformed JSON";
        }
        return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** "roomId has a value that is not allowed", "the body does not have the expected shape". */
    public static String doesNotFit(JacksonException e, String what) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String subject = path.isEmpty() ? what : path;
        if (e instanceof InvalidFormatException || e instanceof ValueInstantiationException) {
            return subject + " has a value that is not allowed";
        }
        return subject + " does not have the expected shape";
    }

    /** The field path: {@code attachments[0].name}. */
    public static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
