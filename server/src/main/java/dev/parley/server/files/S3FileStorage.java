package dev.parley.server.files;

import dev.parley.core.file.FileStorage;
import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of any S3-compatible object store (AWS, MinIO, Ceph, Garage, R2), through
 * the AWS SDK with path-style URLs and checksums only where the API requires them (the newer
 * default checksums break several S3-compatible stores). A PUT makes an object visible only
 * once it is complete, so nobody reads half a file.
 */
public final class S3FileStorage implements FileStorage, AutoCloseable {
    private final S3Client s3;
    private final String bucket;
    private final String endpoint;

    public S3FileStorage(ParleyConfig.S3 config) {
        this.bucket = config.bucket();
        this.endpoint = config.endpoint();
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(config.endpoint()))
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(config.accessKey(), config.secretKey())))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Creates the bucket when it does not exist yet; fails with a plain message when the store is unreachable. */
    public S3FileStorage ensureBucket() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            call(() -> s3.createBucket(b -> b.bucket(bucket)));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IOException("the S3 bucket " + bucket + " at " + endpoint + " cannot be used (HTTP "
                        + e.statusCode() + "): check files.s3.* settings", e);
            }
            call(() -> s3.createBucket(b -> b.bucket(bucket)));
        } catch (SdkException e) {
            throw new IOException("the S3 store at " + endpoint + " cannot be reached: " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public void put(String key, Path source) throws IOException {
        call(() -> s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(source)));
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        try {
            var response = s3.getObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new StoredObject(response.response().contentLength(), response));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("reading " + key + " from S3 failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket + " at " + endpoint;
    }

    @Override
    public void close() {
        s3.close();
    }

    private static void call(Runnable request) throws IOException {
        try {
            request.run();
        } catch (SdkException e) {
            throw new IOException("the S3 store refused the request: " + e.getMessage(), e);
        }
    }
}
