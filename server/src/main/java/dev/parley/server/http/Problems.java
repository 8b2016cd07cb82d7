package dev.parley.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.protocol.rest.Problem;
import io.javalin.http.Context;

/** Writes RFC 9457 problem details: {@code {type, title, status, detail, code}}. */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:parley:problem:";

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The problem response; a refusal that ends by itself also says when, in {@code Retry-After} (seconds). */
    public void write(Context ctx, ParleyException problem) {
        write(ctx, problem.code(), problem.detail());
        problem.retryAfter().ifPresent(wait -> ctx.header("Retry-After",
                Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
    }

    public void write(Context ctx, ErrorCode code, String detail) {
        ctx.status(code.status()).contentType(CONTENT_TYPE).result(body(code, detail));
        if (code.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
    }

    public String body(ErrorCode code, String detail) {
        var problem = new Problem(TYPE_PREFIX + code.code(), code.title(), code.status(), detail, code.code());
        try {
            return mapper.writeValueAsString(problem) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings always serializes", e);
        }
    }

    /** The error code for a bare HTTP status the server produced on its own. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.VALIDATION_FAILED;
        };
    }
}
