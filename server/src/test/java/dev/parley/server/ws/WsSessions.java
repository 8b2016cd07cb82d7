package dev.parley.server.ws;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.TestNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens gateway sessions on a test node and closes whatever a test left open. As an instance
 * field: {@code @RegisterExtension final WsSessions sessions = new WsSessions(node);}.
 */
public final class WsSessions implements AfterEachCallback {
    private final TestNode node;
    private final List<WsTestClient> opened = new CopyOnWriteArrayList<>();

    public WsSessions(TestNode node) {
        this.node = node;
    }

    /** A socket that has not authenticated. */
    public WsTestClient connect() {
        var client = WsTestClient.connect(node);
        opened.add(client);
        return client;
    }

    /** A session authenticated with a fresh token of the user, past {@code ready}. */
    public WsTestClient open(TestNode.User user) {
        return open(node.token(user.id()));
    }

    /** A session authenticated with this token, past {@code ready}. */
    public WsTestClient open(String token) {
        var client = connect();
        client.authenticate(token);
        return client;
    }

    /** A user token minted with {@code secret}, as an app backend may do. */
    public static String mint(String secret, String subject, Instant expiresAt) {
        try {
            var claims = new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(Instant.now().minusSeconds(3600)))
                    .expirationTime(Date.from(expiresAt)).build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(WsTestClient::close);
        opened.clear();
    }
}
