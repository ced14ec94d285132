package nl.hamerslag.gateway.web;

import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Every error that reaches no controller becomes problem+json, never Boot's default error page or a
 * stack trace. Runs before Boot's {@code ErrorWebExceptionHandler} (order -1).
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    public ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ResponseStatusException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            String detail = status == HttpStatus.NOT_FOUND
                    ? "Nothing here: the gateway routes /api/proposals, /api/approvals, /api/meetings, /api/bodies, "
                      + "/api/publications, /api/public, /openbaar and /api/followup, and answers /api/audit itself; "
                      + "see /swagger-ui.html."
                    : e.getReason() != null ? e.getReason() : status.getReasonPhrase();
            return problems.write(exchange, status, detail);
        }
        if (error instanceof ConnectException || error instanceof ConnectTimeoutException) {
            String service = routeId(exchange);
            log.warn("service '{}' is not reachable for {}: {}", service, exchange.getRequest().getPath(), error.getMessage());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "The service '" + service + "' is not reachable; /actuator/health shows which services are up.");
        }
        if (error instanceof TimeoutException) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT,
                    "The service '" + routeId(exchange) + "' did not answer in time.");
        }
        String correlationId = exchange.getRequest().getHeaders().getFirst(CorrelationIdFilter.HEADER);
        log.error("unexpected error on {} {} (correlation id {})",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath(), correlationId, error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error; the gateway log has it under correlation id " + correlationId + ".");
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "unknown" : route.getId();
    }
}
