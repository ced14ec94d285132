package nl.hamerslag.gateway.audit;

import nl.hamerslag.gateway.HamerslagProperties;
import nl.hamerslag.gateway.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Asks every service behind the gateway for its part of a dossier ({@code /audit/dossiers/{id}} or
 * its {@code /verify}) at once, with the caller's own token: each service decides what the caller may
 * see. A service that is down, too slow or answers with an error becomes a {@link ServiceAnswer.Missing}.
 */
@Component
public class ServiceDossiers {

    private static final Logger log = LoggerFactory.getLogger(ServiceDossiers.class);
    // a long-lived proposal's dossier holds many events; Spring's default 256 KB would cut it off
    private static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;

    private final Map<String, HamerslagProperties.Service> services;
    private final Duration timeout;
    private final Duration wholeLogTimeout;
    private final JsonMapper json;
    private final WebClient client;

    public ServiceDossiers(HamerslagProperties properties, AuditFanOutProperties audit, JsonMapper json) {
        this.services = properties.services();
        this.timeout = audit.timeout();
        this.wholeLogTimeout = audit.wholeLogTimeout();
        this.json = json;
        this.client = WebClient.builder().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES)).build();
    }

    /** Every service's answer to {@code /audit/dossiers/{proposalId}{suffix}}, in service-name order. */
    public Mono<List<ServiceAnswer>> ask(UUID proposalId, String suffix, HttpHeaders caller) {
        return Flux.fromIterable(services.keySet())
                .flatMapSequential(service -> ask(service, "/audit/dossiers/" + proposalId + suffix, caller))
                .collectList();
    }

    /** The services behind the gateway, by name, in name order. */
    public List<String> services() {
        return List.copyOf(services.keySet());
    }

    /** One service's answer to {@code path} (under its {@code /audit}), with the caller's token. */
    public Mono<ServiceAnswer> ask(String service, String path, HttpHeaders caller) {
        String url = services.get(service).url().toString().replaceAll("/+$", "") + path;
        Duration waitFor = readsTheWholeLog(path) ? wholeLogTimeout : timeout;
        return client.get().uri(url)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    copy(caller, headers, HttpHeaders.AUTHORIZATION);
                    copy(caller, headers, CorrelationIdFilter.HEADER);
                })
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> answer(service, response.statusCode().value(), body)))
                .timeout(waitFor)
                .onErrorResume(e -> {
                    log.warn("audit: {} gave no part of the dossier at {}: {}", service, url, e.toString());
                    return Mono.just(new ServiceAnswer.Missing(service, describe(e, waitFor)));
                });
    }

    private ServiceAnswer answer(String service, int status, String body) {
        if (status == HttpStatus.NOT_FOUND.value()) {
            return new ServiceAnswer.NotKnown(service);
        }
        if (status != HttpStatus.OK.value()) {
            return new ServiceAnswer.Missing(service, "answered " + status + detail(body));
        }
        try {
            return new ServiceAnswer.Answered(service, json.readTree(body));
        } catch (JacksonException e) {
            return new ServiceAnswer.Missing(service, "answered 200 without readable JSON: " + e.getOriginalMessage());
        }
    }

    private String detail(String body) {
        try {
            String detail = json.readTree(body).path("detail").asString("");
            return detail.isBlank() ? "" : ": " + detail;
        } catch (JacksonException e) {
            // an error page that is no problem+json: its status alone says enough
            return "";
        }
    }

    /** A verify checks every signed head against all leaves, a proof hashes all leaves below its size. */
    private static boolean readsTheWholeLog(String path) {
        String withoutQuery = path.split("\\?", 2)[0];
        return withoutQuery.endsWith("/verify") || withoutQuery.startsWith("/audit/proofs/");
    }

    private String describe(Throwable e, Duration waited) {
        if (e instanceof TimeoutException) {
            return "no answer within " + waited.toMillis() + " ms";
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return "not reachable: " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    }

    private static void copy(HttpHeaders from, HttpHeaders to, String name) {
        String value = from.getFirst(name);
        if (value != null) {
            to.set(name, value);
        }
    }
}
