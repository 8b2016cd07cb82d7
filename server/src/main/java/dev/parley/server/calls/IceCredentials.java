package dev.parley.server.calls;

import dev.parley.protocol.rest.IceServer;
import dev.parley.protocol.rest.IceServers;
import dev.parley.server.config.ParleyConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The STUN and TURN servers a user's browser may use, with TURN credentials in coturn's REST
 * scheme ({@code use-auth-secret}): the username is {@code <expiry, unix seconds>:<userId>},
 * the credential the base64 HMAC-SHA1 of that username with the shared secret — the TURN
 * server checks both without asking Parley, and refuses them after the expiry.
 */
public final class IceCredentials {
    private final ParleyConfig.Rtc rtc;
    private final Clock clock;

    public IceCredentials(ParleyConfig.Rtc rtc, Clock clock) {
        this.rtc = rtc;
        this.clock = clock;
    }

    public IceServers forUser(String userId) {
        List<IceServer> servers = new ArrayList<>();
        if (!rtc.stunUrls().isEmpty()) {
            servers.add(new IceServer(rtc.stunUrls(), null, null));
        }
        if (!rtc.turnUrls().isEmpty()) {
            long expiry = clock.instant().getEpochSecond() + rtc.credentialTtl().toSeconds();
            String username = expiry + ":" + userId;
            servers.add(new IceServer(rtc.turnUrls(), username, credential(rtc.turnSecret(), username)));
        }
        return new IceServers(servers, rtc.credentialTtl().toSeconds());
    }

    /** base64(HMAC-SHA1(secret, username)), as coturn computes it. */
    static String credential(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
