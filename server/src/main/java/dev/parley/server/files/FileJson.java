package dev.parley.server.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parley.core.file.FileKind;
import dev.parley.core.file.StoredFile;
import dev.parley.core.file.StoredFile.Variant;
import dev.parley.core.message.AttachedFile;
import dev.parley.core.message.Attachment;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * A file object on the wire (docs/api.md, "Files, avatars, voice"): what an upload answers and
 * what a message's {@code attachments} carry for uploads, with links made fresh each time.
 */
public record FileJson(UUID id, UUID roomId, String name, long size, String mimeType, FileKind kind, Integer width,
        Integer height, Long durationMs, String url, String thumbnailUrl, String previewUrl, Instant createdAt) {

    public static FileJson of(StoredFile file, FileLinks links) {
        return of(file.id(), file.roomId(), file.name(), file.size(), file.mimeType(), file.kind(), file.width(),
                file.height(), file.durationMs(), file.hasThumbnail(), file.createdAt(), links);
    }

    static FileJson of(Attachment attachment, FileLinks links) {
        AttachedFile file = attachment.file();
        return of(file.id(), file.roomId(), attachment.name(), attachment.size() == null ? 0 : attachment.size(),
                attachment.mimeType(), file.kind(), file.width(), file.height(), file.durationMs(), file.hasThumbnail(),
                Instant.ofEpochMilli(file.createdAtMillis()), links);
    }

    private static FileJson of(UUID id, UUID roomId, String name, long size, String mimeType, FileKind kind,
            Integer width, Integer height, Long durationMs, boolean thumbnail, Instant createdAt, FileLinks links) {
        return new FileJson(id, roomId, name, size, mimeType, kind, width, height, durationMs,
                links.link(id, Variant.ORIGINAL), thumbnail ? links.link(id, Variant.THUMBNAIL) : null,
                thumbnail ? links.link(id, Variant.PREVIEW) : null, createdAt);
    }

    /** Writes message attachments: uploads as file objects with fresh links, URL references as they are. */
    public static SimpleModule module(FileLinks links) {
        SimpleModule module = new SimpleModule("parley-files");
        module.addSerializer(Attachment.class, new AttachmentSerializer(links));
        return module;
    }

    private static final class AttachmentSerializer extends StdSerializer<Attachment> {
        private final FileLinks links;

        AttachmentSerializer(FileLinks links) {
            super(Attachment.class);
            this.links = links;
        }

        @Override
        public void serialize(Attachment attachment, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (attachment.file() != null) {
                provider.defaultSerializeValue(of(attachment, links), gen);
                return;
            }
            gen.writeStartObject();
            writeIfPresent(gen, "type", attachment.type());
            writeIfPresent(gen, "url", attachment.url());
            writeIfPresent(gen, "name", attachment.name());
            writeIfPresent(gen, "mimeType", attachment.mimeType());
            if (attachment.size() != null) {
                gen.writeNumberField("size", attachment.size());
            }
            gen.writeEndObject();
        }

        private static void writeIfPresent(JsonGenerator gen, String field, String value) throws IOException {
            if (value != null) {
                gen.writeStringField(field, value);
            }
        }
    }
}
