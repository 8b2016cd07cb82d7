package dev.parley.server.webhooks;

import dev.parley.server.auth.ApiSecrets;
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
 * with the current API secret), which {@link #verifyApiSignature} checks for hosts that verify
 * through Parley — with the replaced secret too during a rotation's overlap window.
 */
public final class WebhookSigner {
    private static final String SECRET_PREFIX = "whsec_";
    private final ApiSecrets apiSecrets;

    public WebhookSigner(ApiSecrets apiSecrets) {
        this.apiSecrets = apiSecrets;
    }

    /** A signer over one API secret that never rotates (tools and tests). */
    public WebhookSigner(String apiSecret) {
        this(ApiSecrets.fixed(apiSecret));
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
        return apiSignature(apiSecrets.signing(), body);
    }

    private static String apiSignature(String apiSecret, String body) {
        return HexFormat.of().formatHex(hmac(apiSecret.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} (hex, any case, optionally {@code sha256=}) is the API secret's signature of {@code rawBody}. */
    public boolean verifyApiSignature(String rawBody, String signature) {
        String hex = signature.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256=")) {
            hex = hex.substring("sha256=".length());
        }
        byte[] presented = hex.getBytes(StandardCharsets.US_ASCII);
        return apiSecrets.anyVerifies(secret -> MessageDigest.isEqual(
                apiSignature(secret, rawBody).getBytes(StandardCharsets.US_ASCII), presented));
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
