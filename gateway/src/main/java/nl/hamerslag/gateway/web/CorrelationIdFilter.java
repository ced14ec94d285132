package nl.hamerslag.gateway.web;

import nl.hamerslag.identity.CorrelationId;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Correlation-Id} (the caller's when it is a short plain identifier,
 * else a new UUID: {@link CorrelationId}, the same rule the services apply), passes it
 * on to the service and echoes it in the response. A web filter rather than a gateway global filter,
 * and first in line, so that the gateway's own answers (401s, local tokens, errors) carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

    public static final String HEADER = CorrelationId.HEADER;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String correlationId = CorrelationId.acceptOrMake(given);
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, correlationId)))
                .build();
        // set just before commit: a routed response copies the service's headers in after this filter ran
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, correlationId);
            return Mono.empty();
        });
        return chain.filter(withId);
    }
}
