package dev.parley.server.files;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import dev.parley.server.auth.ApiSecrets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks file links: HMAC-SHA256 over the file id, the rendition and the expiry,
 * with a key derived from the API secret (so every node of a cluster signs alike and a link
 * is worthless without the secret). Links are signed with the current secret; a link signed
 * with the one a rotation replaced works until its overlap window ends (or the link expires).
 */
public final class LinkSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private final ApiSecrets secrets;

    public LinkSigner(ApiSecrets secrets) {
        this.secrets = secrets;
    }

    /** A signer over one secret that never rotates (tools and tests). */
    public LinkSigner(String apiSecret) {
        this(ApiSecrets.fixed(apiSecret));
    }

    public String sign(String fileId, String variant, long expiresEpochSecond) {
        return sign(secrets.signing(), fileId, variant, expiresEpochSecond);
    }

    private static String sign(String apiSecret, String fileId, String variant, long expiresEpochSecond) {
        SecretKeySpec key = new SecretKeySpec(hmac(new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8),
                ALGORITHM), "parley file links v1"), ALGORITHM);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, fileId + "/" + variant + "/" + expiresEpochSecond));
    }

    /** True when the signature is this server's and the link has not expired at {@code now}. */
    public boolean verify(String fileId, String variant, String expires, String signature, Instant now) {
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return false;
        }
        long expiresAt = Long.parseLong(expires);
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        return now.getEpochSecond() < expiresAt && secrets.anyVerifies(secret -> MessageDigest.isEqual(
                sign(secret, fileId, variant, expiresAt).getBytes(StandardCharsets.US_ASCII), presented));
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
