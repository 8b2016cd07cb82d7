package dev.parley.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ws.ClientFrame;
import dev.parley.protocol.ws.ServerFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code docs/ws-protocol.md} names every frame type the protocol records define, and every record by name. */
class WsProtocolDocTest {
    private static final Path DOC = Path.of("../docs/ws-protocol.md");

    @Test
    void the_protocol_document_names_every_frame_type_and_every_frame_record() throws IOException {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        Stream.concat(Stream.of(ServerFrame.class.getPermittedSubclasses()),
                Stream.of(ClientFrame.class.getPermittedSubclasses())).forEach(frame -> {
                    if (!doc.contains("`" + frame.getSimpleName() + "`")) {
                        missing.add("record " + frame.getSimpleName());
                    }
                    for (String type : ProtocolRecords.typeConstants(frame)) {
                        if (!doc.contains("`" + type + "`") && !doc.contains("\"type\":\"" + type + "\"")) {
                            missing.add("frame type " + type + " (" + frame.getSimpleName() + ")");
                        }
                    }
                });
        assertThat(missing).as("frames of dev.parley.protocol.ws that %s does not mention", DOC).isEmpty();
    }
}
