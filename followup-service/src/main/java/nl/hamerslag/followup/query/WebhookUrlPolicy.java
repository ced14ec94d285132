package nl.hamerslag.followup.query;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a webhook may point at: http or https with a host, and not this service itself (its own
 * port on a loopback or local address), which would make every delivery an authenticated call to itself.
 */
@Component
public class WebhookUrlPolicy {

    private final Environment environment;

    WebhookUrlPolicy(Environment environment) {
        this.environment = environment;
    }

    /** The URL, stripped, when it is acceptable; else {@link WebhookUrlRefused}. */
    public String check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new WebhookUrlRefused(url, "it is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookUrlRefused(url, "only http and https are delivered to");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new WebhookUrlRefused(url, "it must name a host, without user name or password");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (port == ownPort() && isThisMachine(uri.getHost())) {
            throw new WebhookUrlRefused(url, "it points at the follow-up service itself");
        }
        return uri.toString();
    }

    private int ownPort() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return Integer.parseInt(port);
    }

    private static boolean isThisMachine(String host) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (name.equalsIgnoreCase("localhost") || name.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(name)) {
                if (address.isLoopbackAddress() || address.isAnyLocalAddress()
                        || NetworkInterface.getByInetAddress(address) != null) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException | SocketException unresolvable) {
            // a host we cannot resolve now is not ours; deliveries to it fail and are retried
            return false;
        }
    }
}
