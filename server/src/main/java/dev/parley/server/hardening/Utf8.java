package dev.parley.server.hardening;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Refuses a body that is not well-formed UTF-8 (400), instead of storing replacement characters. */
public final class Utf8 {
    private Utf8() {
    }

    public static void check(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                decode(body);
                return;
            }
        }
    }

    private static void decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON,
                    "the body is not valid UTF-8 (byte " + (in.position() + 1) + " of " + body.length + ")");
        }
    }
}
