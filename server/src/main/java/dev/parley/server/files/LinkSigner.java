package dev.parley.server.files;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks file links: HMAC-SHA256 over the file id, the rendition and the expiry,
 * with a key derived from the API secret (so every node of a cluster signs alike and a link
 * is worthless without the secret).
 */
public final class LinkSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public LinkSigner(String apiSecret) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM),
                "parley file links v1"), ALGORITHM);
    }

    public String sign(String fileId, String variant, long expiresEpochSecond) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, fileId + "/" + variant + "/" + expiresEpochSecond));
    }

    /** True when the signature is this server's and the link has not expired at {@code now}. */
    public boolean verify(String fileId, String variant, String expires, String signature, Instant now) {
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return false;
        }
        long expiresAt = Long.parseLong(expires);
        byte[] expected = sign(fileId, variant, expiresAt).getBytes(StandardCharsets.US_ASCII);
        boolean authentic = MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        return authentic && now.getEpochSecond() < expiresAt;
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
