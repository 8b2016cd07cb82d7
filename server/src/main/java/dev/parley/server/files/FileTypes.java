package dev.parley.server.files;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of an upload, from its bytes (Tika's magic-number detector), checked against the
 * file's name and the type the client declared, and against an allow-list. HTML, SVG,
 * scripts and executables are not on it, so nothing is ever served that a browser would run.
 */
public final class FileTypes {
    private static final Set<String> ALLOWED = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus", "audio/vorbis", "audio/webm", "audio/vnd.wave",
            "audio/flac", "audio/x-flac",
            "video/mp4", "video/webm", "video/quicktime", "video/ogg",
            "application/pdf", "text/plain", "text/csv", "text/markdown", "application/json", "application/zip",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    /** Containers a recorder writes, and the audio type a voice message made of them is served as. */
    private static final java.util.Map<String, String> VOICE_CONTAINERS = java.util.Map.of(
            "video/webm", "audio/webm", "application/x-matroska", "audio/webm", "application/ogg", "audio/ogg",
            "video/ogg", "audio/ogg", "video/mp4", "audio/mp4", "audio/vorbis", "audio/ogg");

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    /**
     * The type to keep and serve the file as; 415 when the bytes are not an allowed type or
     * disagree with the name or the declared type.
     */
    public String resolve(Path file, String name, String declared, boolean voice) throws IOException {
        MediaType bytes = fromBytes(file);
        MediaType chosen = bytes;
        MediaType byName = fromName(name);
        if (!isGeneric(byName)) {
            chosen = reconcile(chosen, byName, "its name (" + name + ") says " + byName);
        }
        MediaType byDeclared = parse(declared);
        if (byDeclared != null && !isGeneric(byDeclared)) {
            chosen = reconcile(chosen, byDeclared, "it was sent as " + byDeclared);
        }
        String type = chosen.getBaseType().toString();
        if (voice) {
            type = VOICE_CONTAINERS.getOrDefault(type, type);
            if (!type.startsWith("audio/") || !ALLOWED.contains(type)) {
                throw unsupported("a voice message must be audio (WebM, Ogg, MP4 or MP3); this file is " + type);
            }
            return type;
        }
        if (!ALLOWED.contains(type)) {
            throw unsupported("files of type " + type + " are not accepted (images, audio, video, PDF, text and"
                    + " office documents are)");
        }
        return type;
    }

    /** The more specific of two agreeing types; 415 when they disagree. */
    private MediaType reconcile(MediaType bytes, MediaType claimed, String claim) {
        if (related(claimed, bytes)) {
            return registry.isSpecializationOf(bytes, claimed) ? bytes : claimed;
        }
        MediaType sibling = sibling(claimed);
        if (sibling != null && related(sibling, bytes)) {
            return claimed;
        }
        throw unsupported("the file's content is " + bytes + " but " + claim);
    }

    private boolean related(MediaType a, MediaType b) {
        return a.equals(b) || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a);
    }

    /** audio/webm ~ video/webm, audio/mp4 ~ video/mp4: a recorder's audio in a video container. */
    private static MediaType sibling(MediaType type) {
        return switch (type.getType()) {
            case "audio" -> new MediaType("video", type.getSubtype());
            case "video" -> new MediaType("audio", type.getSubtype());
            default -> null;
        };
    }

    private MediaType fromBytes(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return registry.normalize(types.detect(in, new Metadata()));
        }
    }

    private MediaType fromName(String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return registry.normalize(types.detect(null, metadata));
    }

    private MediaType parse(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parse(declared.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw unsupported("the declared type " + declared + " is not a media type");
        }
        return registry.normalize(type.getBaseType());
    }

    private static boolean isGeneric(MediaType type) {
        return type.equals(MediaType.OCTET_STREAM);
    }

    static ParleyException unsupported(String detail) {
        return new ParleyException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, detail);
    }
}
