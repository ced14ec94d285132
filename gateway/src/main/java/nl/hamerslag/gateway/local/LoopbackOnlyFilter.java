package nl.hamerslag.gateway.local;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * The token endpoint gives anyone any role, a MUNICIPAL_SECRETARY included, so it answers only a
 * caller on this machine: the connection's own remote address must be loopback (127.0.0.0/8 or ::1).
 * Never a forwarded header, which any caller can write (and {@code server.forward-headers-strategy}
 * is {@code none}, so nothing rewrites the address from one). Anyone else gets the same 404 as a
 * path that does not exist: the endpoint is not there for them. Runs before security, so a refused
 * caller learns nothing from a 401 either.
 */
@Component
@Profile("local")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class LoopbackOnlyFilter implements WebFilter {

    // matched as the controller's mapping is (decoded, without matrix variables), so that
    // /api/local/%74okens cannot reach the controller around this filter
    private static final PathPattern TOKEN_ENDPOINT = PathPatternParser.defaultInstance.parse("/api/local/tokens/**");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean tokenEndpoint = TOKEN_ENDPOINT.matches(exchange.getRequest().getPath().pathWithinApplication());
        if (tokenEndpoint && !fromLoopback(exchange.getRequest().getRemoteAddress())) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return chain.filter(exchange);
    }

    private static boolean fromLoopback(InetSocketAddress remote) {
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
    }
}
