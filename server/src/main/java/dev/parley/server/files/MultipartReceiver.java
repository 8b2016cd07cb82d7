package dev.parley.server.files;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a {@code multipart/form-data} request with the file in the field {@code upload}:
 * straight to a temporary file (never whole in memory), refused from its Content-Length
 * before reading when that is already over the limit, and cut off as soon as the limit is
 * passed otherwise. Small text fields come along.
 */
public final class MultipartReceiver {
    public static final String FIELD = "upload";
    /** Room for the multipart framing and a few small fields besides the file. */
    private static final long OVERHEAD = 64 * 1024;
    private static final int MAX_FIELD = 1024;

    private final Path tempDir;

    public MultipartReceiver(Path tempDir) throws IOException {
        this.tempDir = Files.createDirectories(tempDir);
    }

    public Path tempDir() {
        return tempDir;
    }

    public ReceivedUpload receive(Context ctx, long limit) throws IOException {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ParleyException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "send the file as multipart/form-data in the field '" + FIELD + "'");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit + OVERHEAD) {
            closeAfterAnswer(ctx);
            throw tooLarge(limit);
        }
        ctx.req().setAttribute("org.eclipse.jetty.multipartConfig",
                new MultipartConfigElement(tempDir.toString(), limit, limit + OVERHEAD, MAX_FIELD));
        Part upload = null;
        Map<String, String> fields = new HashMap<>();
        try {
            for (Part part : ctx.req().getParts()) {
                if (part.getSubmittedFileName() != null && part.getName().equals(FIELD)) {
                    upload = part;
                } else if (part.getSubmittedFileName() == null && part.getSize() <= MAX_FIELD) {
                    try (InputStream in = part.getInputStream()) {
                        fields.put(part.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (ServletException | IllegalStateException | IOException e) {
            closeAfterAnswer(ctx);
            throw refused(e, limit);
        }
        if (upload == null) {
            throw ParleyException.invalid("the form has no file in the field '" + FIELD + "'");
        }
        Path file = tempDir.resolve(UUID.randomUUID() + ".upload");
        upload.write(file.toString());
        return new ReceivedUpload(file, Files.size(file), upload.getSubmittedFileName(), upload.getContentType(),
                Map.copyOf(fields));
    }

    /**
     * The rest of a refused body is never read, so the connection cannot carry another request:
     * say so, or a client that reuses it finds it closed under its next request.
     */
    private static void closeAfterAnswer(Context ctx) {
        ctx.header("Connection", "close");
    }

    /** What the multipart parser's failure means to the client: too large, or not a readable form. */
    private static RuntimeException refused(Exception e, long limit) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max") && (message.contains("size") || message.contains("length")
                    || message.contains("exceeded"))) {
                return tooLarge(limit);
            }
            if (cause instanceof org.eclipse.jetty.io.EofException || cause instanceof java.io.EOFException) {
                return ParleyException.invalid("the upload ended before the form was complete");
            }
        }
        return ParleyException.invalid("the body is not a readable multipart/form-data form");
    }

    static ParleyException tooLarge(long limit) {
        return new ParleyException(ErrorCode.FILE_TOO_LARGE,
                "the file is larger than the " + (limit / (1024 * 1024)) + " MiB allowed");
    }
}
