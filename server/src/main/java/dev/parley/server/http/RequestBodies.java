package dev.parley.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.user.JsonText;
import dev.parley.server.hardening.JsonErrors;
import dev.parley.server.hardening.Utf8;
import dev.parley.protocol.model.RawJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads request bodies: {@code application/json} only (415), at most 1 MiB (413), a JSON
 * object of the right shape (400 naming the field).
 */
public final class RequestBodies {
    public static final int MAX_BYTES = 1024 * 1024;
    private final ObjectMapper mapper;

    public RequestBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = body(ctx);
        if (body.length == 0) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "a JSON object body is required");
        }
        return bind(ctx, body, type);
    }

    /** Like {@link #read}, but an absent body reads as {@code {}}. */
    public <T> T readOptional(Context ctx, Class<T> type) {
        byte[] body = body(ctx);
        return bind(ctx, body.length == 0 ? EMPTY_OBJECT : body, type);
    }

    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private static final String DRAINED = "parley.drainedBody";

    private byte[] body(Context ctx) {
        if (ctx.contentLength() > MAX_BYTES) {
            throw tooLarge();
        }
        return readLimited(ctx);
    }

    /** Binds the body straight to the request record: one pass, no intermediate tree. */
    private <T> T bind(Context ctx, byte[] body, Class<T> type) {
        if (body != EMPTY_OBJECT) {
            checkContentType(ctx);
        }
        if (body[0] != '{' && firstNonBlank(body) != '{') {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
        }
        Utf8.check(body);
        try {
            return mapper.readValue(body, type);
        } catch (JsonParseException e) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, JsonErrors.malformed(e));
        } catch (MismatchedInputException e) {
            throw ParleyException.invalid(describe(e));
        } catch (JacksonException e) {
            throw ParleyException.invalid(JsonErrors.doesNotFit(e, "the request body"));
        } catch (IOException e) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "malformed JSON");
        }
    }

    private static byte firstNonBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b;
            }
        }
        return 0;
    }

    private static void checkContentType(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ParleyException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as application/json (got " + (type == null ? "no Content-Type" : type) + ")");
        }
    }

    /** Keeps a body read before routing (a DELETE's), for the route that does take one. */
    static void keepDrained(Context ctx, byte[] body) {
        ctx.attribute(DRAINED, body);
    }

    private static byte[] readLimited(Context ctx) {
        byte[] drained = ctx.attribute(DRAINED);
        if (drained != null) {
            if (drained.length > MAX_BYTES) {
                throw tooLarge();
            }
            return drained;
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "the request body could not be read");
        }
    }

    private static ParleyException tooLarge() {
        return new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, "request bodies are limited to 1 MiB");
    }

    private static String describe(MismatchedInputException e) {
        String path = JsonErrors.path(e);
        String expected = e.getTargetType() == null ? "another type" : typeName(e.getTargetType());
        return (path.isEmpty() ? "the body" : path) + " must be " + expected;
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** Turns a free-form {@code data} value into stored JSON text, at most 4 KiB. */
    public static JsonText data(RawJson value) {
        if (value == null) {
            return null;
        }
        String json = value.json();
        if (json.getBytes(StandardCharsets.UTF_8).length > JsonText.MAX_BYTES) {
            throw ParleyException.invalid("data is limited to " + JsonText.MAX_BYTES + " bytes of JSON");
        }
        return new JsonText(json);
    }

}
