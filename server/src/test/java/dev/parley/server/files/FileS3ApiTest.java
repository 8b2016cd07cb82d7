package dev.parley.server.files;

import dev.parley.server.TestNode;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The file API with its files in an S3-compatible store (s3proxy on loopback). */
class FileS3ApiTest extends FileApiContract {
    private static TestS3Proxy proxy;

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> {
        try {
            proxy = TestS3Proxy.start(Files.createTempDirectory("parley-s3-api"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start s3proxy", e);
        }
        return config.withFiles(config.files().withS3(proxy.config("parley-api")));
    });

    @AfterAll
    static void stopProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    TestNode node() {
        return node;
    }
}
