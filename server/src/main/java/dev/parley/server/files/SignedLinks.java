package dev.parley.server.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parley.core.file.StoredFile.Variant;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.FileObject;
import java.io.IOException;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Signs the links of file objects and of uploads in message attachments as the node's JSON
 * mapper writes them: the wire records hold unsigned paths ({@code WireMapper.filePath}), and
 * every write — a REST answer, a WebSocket frame, a webhook payload — carries links that work
 * for the configured lifetime from then.
 */
final class SignedLinks {
    private SignedLinks() {
    }

    static SimpleModule module(FileLinks links) {
        SimpleModule module = new SimpleModule("parley-signed-file-links");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                Class<?> type = description.getBeanClass();
                if (type == Attachment.class) {
                    return new Signing<>(Attachment.class, (JsonSerializer<Attachment>) serializer,
                            a -> a.id() == null ? a : sign(a, links));
                }
                if (type == FileObject.class) {
                    return new Signing<>(FileObject.class, (JsonSerializer<FileObject>) serializer, f -> sign(f, links));
                }
                return serializer;
            }
        });
        return module;
    }

    private static Attachment sign(Attachment a, FileLinks links) {
        return new Attachment(a.type(), links.link(a.id(), Variant.ORIGINAL), a.name(), a.mimeType(), a.size(),
                a.fileId(), a.id(), a.roomId(), a.kind(), a.width(), a.height(), a.durationMs(),
                link(links, a.id(), Variant.THUMBNAIL, a.thumbnailUrl()), link(links, a.id(), Variant.PREVIEW,
                        a.previewUrl()), a.createdAt());
    }

    private static FileObject sign(FileObject f, FileLinks links) {
        return new FileObject(f.id(), f.roomId(), f.name(), f.size(), f.mimeType(), f.kind(), f.width(), f.height(),
                f.durationMs(), links.link(f.id(), Variant.ORIGINAL),
                link(links, f.id(), Variant.THUMBNAIL, f.thumbnailUrl()),
                link(links, f.id(), Variant.PREVIEW, f.previewUrl()), f.createdAt());
    }

    /** A rendition the file has (its unsigned path is there) gets a signed link; one it lacks stays null. */
    private static String link(FileLinks links, UUID id, Variant variant, String unsigned) {
        return unsigned == null ? null : links.link(id, variant);
    }

    /** Writes a signed copy of the value with the record's own serializer. */
    private static final class Signing<T> extends StdSerializer<T> implements ResolvableSerializer {
        private final JsonSerializer<T> delegate;
        private final UnaryOperator<T> sign;

        Signing(Class<T> type, JsonSerializer<T> delegate, UnaryOperator<T> sign) {
            super(type);
            this.delegate = delegate;
            this.sign = sign;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, T value) {
            return delegate.isEmpty(provider, value);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            delegate.serialize(sign.apply(value), gen, provider);
        }
    }
}
