package dev.parley.server.webhooks;

import dev.parley.core.error.ParleyException;
import dev.parley.core.webhook.Destinations;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * No server-side request forgery: deliveries go to {@code https} URLs whose host resolves only
 * to public addresses. Loopback ({@code http} or {@code https}) only with
 * {@code webhooks.allow-loopback}; private, link-local (cloud metadata included), carrier-grade
 * NAT, multicast and unspecified addresses never. Checked at subscription, and again whenever
 * the delivery client opens a connection — it connects to the addresses checked, so a name that
 * later resolves elsewhere (DNS rebinding) is caught then.
 */
public final class DestinationGuard implements Destinations {
    private final boolean allowLoopback;

    public DestinationGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    @Override
    public void check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allLoopback = true;
        for (InetAddress address : addresses(uri.getHost())) {
            allLoopback &= address.isLoopbackAddress();
        }
        if (scheme.equals("http") && !allLoopback) {
            throw ParleyException.invalid("webhook URLs must use https (http is allowed only for loopback receivers"
                    + " with webhooks.allow-loopback)");
        }
    }

    /**
     * The addresses {@code host} resolves to, when deliveries may go to all of them; else throws
     * a {@code ParleyException} naming the address refused. The delivery client connects only to
     * what this returned ({@link ReceiverClient}), so what was checked is what is reached.
     */
    InetAddress[] addresses(String host) {
        InetAddress[] addresses = resolve(host);
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            if (loopback && !allowLoopback) {
                throw refused(host, address, "a loopback address (webhooks.allow-loopback is off)");
            }
            if (!loopback && !isPublic(address)) {
                throw refused(host, address, "a private, link-local or reserved address");
            }
        }
        return addresses;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ParleyException.invalid("url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw ParleyException.invalid("webhook URLs must be https:// URLs");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ParleyException.invalid("url must name a host, without user info or fragment");
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw ParleyException.invalid("the webhook host " + host + " does not resolve");
        }
    }

    /** Whether {@code address} is a public unicast address (not loopback). */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7 (cloud metadata fd00:ec2::254 among them)
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ParleyException refused(String host, InetAddress address, String what) {
        return ParleyException.invalid("the webhook host " + host + " resolves to " + what + " ("
                + address.getHostAddress() + "); deliveries go to public addresses only");
    }
}
