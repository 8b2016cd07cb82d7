package dev.parley.server.hardening;

import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * The API's JSON writer with a newline after every document, so that the outputs of curl
 * commands pasted one after another do not run together. Reading is unchanged.
 */
public final class NewlineJson implements JsonMapper {
    private final JsonMapper delegate;

    public NewlineJson(JsonMapper delegate) {
        this.delegate = delegate;
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return delegate.toJsonString(obj, type) + "\n";
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        return new SequenceInputStream(delegate.toJsonStream(obj, type), new ByteArrayInputStream(new byte[] {'\n'}));
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream outputStream) {
        delegate.writeToOutputStream(stream, outputStream);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        return delegate.fromJsonString(json, targetType);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type targetType) {
        return delegate.fromJsonStream(json, targetType);
    }
}
