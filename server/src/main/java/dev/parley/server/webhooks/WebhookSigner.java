package dev.parley.server.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of deliveries: the Standard Webhooks scheme ({@code webhook-signature:
 * v1,<base64 HMAC-SHA256 of "id.timestamp.body">} with the subscription's {@code whsec_} secret,
 * one signature per secret in force) and {@code X-Signature} (hex HMAC-SHA256 of the raw body
 * with the API secret), which {@link #verifyApiSignature} checks for hosts that verify through
 * Parley.
 */
public final class WebhookSigner {
    private static final String SECRET_PREFIX = "whsec_";
    private final byte[] apiSecret;

    public WebhookSigner(String apiSecret) {
        this.apiSecret = apiSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code webhook-signature} header: a space-separated {@code v1,…} signature per secret. */
    public static String standardSignature(List<String> secrets, String id, long timestamp, String body) {
        List<String> signatures = new ArrayList<>();
        byte[] content = (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        for (String secret : secrets) {
            String key = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
            signatures.add("v1," + Base64.getEncoder().encodeToString(hmac(Base64.getDecoder().decode(key), content)));
        }
        return String.join(" ", signatures);
    }

    /** The {@code X-Signature} header: hex HMAC-SHA256 of the raw body with the API secret. */
    public String apiSignature(String body) {
        return HexFormat.of().formatHex(hmac(apiSecret, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} (hex, any case, optionally {@code sha256=}) is the API secret's signature of {@code rawBody}. */
    public boolean verifyApiSignature(String rawBody, String signature) {
        String hex = signature.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256=")) {
            hex = hex.substring("sha256=".length());
        }
        byte[] expected = apiSignature(rawBody).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, hex.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
