package nl.hamerslag.gateway.audit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Gathers a dossier's export bundle from every service: the merged timeline and the verify verdict,
 * and per service every event (one file each), its documents' hashes, its latest signed tree head with
 * the public key, and an inclusion proof of every event's leaf in that head. What a service could not
 * give is listed in {@code missing.json}; the bundle never hides a gap.
 */
@Component
public class DossierExport {

    /** Proofs asked of one service at a time; a dossier holds tens of events, not thousands. */
    private static final int PROOFS_AT_ONCE = 4;
    private static final String README = "audit-bundle-README.txt";

    private final ServiceDossiers dossiers;
    private final JsonMapper json;
    private final byte[] readme;

    public DossierExport(ServiceDossiers dossiers, JsonMapper json) {
        this.dossiers = dossiers;
        this.json = json;
        try {
            this.readme = new ClassPathResource(README).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle's README " + README + " is missing from the gateway", e);
        }
    }

    public Mono<byte[]> export(UUID proposalId, HttpHeaders caller) {
        return Mono.zip(dossiers.ask(proposalId, "", caller), dossiers.ask(proposalId, "/verify", caller))
                .flatMap(answers -> {
                    Timeline timeline = TimelineMerge.of(proposalId, answers.getT1());
                    List<BundleFile> files = new ArrayList<>();
                    files.add(new BundleFile("README.txt", readme));
                    files.add(file("timeline.json", timeline));
                    // proofs are fetched several at once: their gaps are added from more than one thread
                    List<ObjectNode> missing = Collections.synchronizedList(new ArrayList<>());
                    timeline.missing().forEach(m -> missing.add(gap(m.service(), "dossier", m.reason())));
                    if (answers.getT2().stream().anyMatch(ServiceAnswer.Answered.class::isInstance)) {
                        DossierVerdict verdict = DossierVerdict.of(proposalId, answers.getT2());
                        files.add(file("verification.json", verdict));
                        verdict.services().forEach(v -> files.add(file("services/" + v.service() + "/documents.json",
                                v.report().path("attachments"))));
                        verdict.missing().forEach(m -> missing.add(gap(m.service(), "verify", m.reason())));
                    } else {
                        missing.add(gap("all", "verify", "no service answered its verify"));
                    }
                    return Flux.fromIterable(answers.getT1())
                            .filter(ServiceAnswer.Answered.class::isInstance)
                            .map(ServiceAnswer.Answered.class::cast)
                            .concatMap(answered -> servicePart(answered, caller, missing))
                            .collectList()
                            .map(parts -> {
                                parts.forEach(files::addAll);
                                files.add(file("missing.json", List.copyOf(missing)));
                                return AuditBundle.zip(files);
                            });
                });
    }

    /** One service's events, tree head and proofs. */
    private Mono<List<BundleFile>> servicePart(ServiceAnswer.Answered dossier, HttpHeaders caller, List<ObjectNode> missing) {
        String service = dossier.service();
        List<BundleFile> files = new ArrayList<>();
        List<JsonNode> events = new ArrayList<>();
        dossier.body().path("streams").forEach(stream -> stream.path("events").forEach(event -> {
            ObjectNode withStream = ((ObjectNode) event.deepCopy());
            withStream.put("service", service);
            withStream.put("aggregateId", stream.path("aggregateId").asString());
            withStream.put("aggregateType", stream.path("aggregateType").asString());
            events.add(withStream);
            files.add(file(eventPath(service, stream.path("aggregateId").asString(), event.path("sequenceNumber").asLong()),
                    withStream));
        }));
        return dossiers.ask(service, "/audit/tree-heads", caller).flatMap(answer -> {
            if (!(answer instanceof ServiceAnswer.Answered heads) || heads.body().path("heads").isEmpty()) {
                missing.add(gap(service, "tree-head", reason(answer, "no signed tree head yet")));
                return Mono.just(files);
            }
            files.add(file("services/" + service + "/tree-head.json", heads.body()));
            long treeSize = heads.body().path("heads").get(0).path("treeSize").asLong();
            return Flux.fromIterable(events)
                    .flatMapSequential(event -> proof(service, event, treeSize, caller, missing), PROOFS_AT_ONCE)
                    .collectList()
                    .map(proofs -> {
                        files.addAll(proofs);
                        return files;
                    });
        });
    }

    private Mono<BundleFile> proof(String service, JsonNode event, long treeSize, HttpHeaders caller, List<ObjectNode> missing) {
        JsonNode leaf = event.path("leafIndex");
        String what = "inclusion proof of event " + event.path("eventIdentifier").asString();
        if (!leaf.isNumber() || leaf.asLong() >= treeSize) {
            missing.add(gap(service, what, "the event is not yet in a signed tree head; export again in a second"));
            return Mono.empty();
        }
        return dossiers.ask(service, "/audit/proofs/inclusion?leaf=" + leaf.asLong() + "&treeSize=" + treeSize, caller)
                .flatMap(answer -> {
                    if (answer instanceof ServiceAnswer.Answered proof) {
                        return Mono.just(file("services/" + service + "/proofs/" + leaf.asLong() + ".json", proof.body()));
                    }
                    missing.add(gap(service, what, reason(answer, "not found")));
                    return Mono.empty();
                });
    }

    /** Where an event lies in the bundle: its service, its stream, its sequence number. */
    static String eventPath(String service, String aggregateId, long sequence) {
        return "services/" + service + "/events/" + aggregateId.replaceAll("[^A-Za-z0-9._-]", "_") + "/"
                + String.format("%06d", sequence) + ".json";
    }

    private static String reason(ServiceAnswer answer, String notKnown) {
        return answer instanceof ServiceAnswer.Missing m ? m.reason() : notKnown;
    }

    private ObjectNode gap(String service, String what, String reason) {
        return json.createObjectNode().put("service", service).put("what", what).put("reason", reason);
    }

    private BundleFile file(String path, Object content) {
        return new BundleFile(path, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
    }
}
