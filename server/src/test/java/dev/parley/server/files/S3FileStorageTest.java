package dev.parley.server.files;

import dev.parley.core.file.FileStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on a real S3-compatible server (s3proxy) started on loopback. */
class S3FileStorageTest extends FileStorageContract {
    private static TestS3Proxy proxy;
    private static S3FileStorage storage;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("parley-s3");
        proxy = TestS3Proxy.start(dir);
        storage = new S3FileStorage(proxy.config("parley-contract")).ensureBucket();
    }

    @AfterAll
    static void stop() throws Exception {
        if (storage != null) {
            storage.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    FileStorage storage() {
        return storage;
    }
}
