package dev.parley.server.calls;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.protocol.rest.LiveKitToken;
import dev.parley.server.config.ParleyConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * LiveKit access tokens: an HS256 JWT signed with the API secret, issued by the API key, for the
 * user as {@code sub} (LiveKit's identity), with the {@code video} grant to join one room —
 * the call's id — and publish and subscribe there; valid for {@link #TTL}.
 */
public final class LiveKitTokens {
    public static final Duration TTL = Duration.ofMinutes(10);

    private final ParleyConfig.LiveKit liveKit;
    private final Clock clock;

    public LiveKitTokens(ParleyConfig.LiveKit liveKit, Clock clock) {
        this.liveKit = liveKit;
        this.clock = clock;
    }

    /** A token for {@code userId} to join the call's LiveKit room; 409 when no LiveKit server is configured. */
    public LiveKitToken mint(String userId, String userName, UUID callId) {
        if (!liveKit.enabled()) {
            throw new ParleyException(ErrorCode.LIVEKIT_NOT_CONFIGURED,
                    "this server has no LiveKit server for group calls (set livekit.url, livekit.api-key and"
                            + " livekit.api-secret)");
        }
        Instant now = clock.instant();
        Map<String, Object> video = new LinkedHashMap<>();
        video.put("roomJoin", true);
        video.put("room", callId.toString());
        video.put("canPublish", true);
        video.put("canSubscribe", true);
        var claims = new JWTClaimsSet.Builder()
                .issuer(liveKit.apiKey())
                .subject(userId)
                .jwtID(UUID.randomUUID().toString())
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TTL)))
                .claim("name", userName)
                .claim("video", video)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(liveKit.apiSecret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("livekit.api-secret is checked to be long enough at start", e);
        }
        return new LiveKitToken(jwt.serialize(), liveKit.url());
    }
}
