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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gathers a dossier's export bundle from every service: the merged timeline and the verify verdict,
 * and per service every event (one file each), its documents' hashes, its latest signed tree head with
 * the public key, and an inclusion proof of every event's leaf in that head. What a service could not
 * give is listed in {@code missing.json}; the bundle never hides a gap. Every event file holds the row's stored
 * columns as the service serves them (payload and metadata bytes included), so that its leaf can be recomputed
 * from the file itself; {@code tree-heads.json} lists the heads used, for the auditor to keep and give as
 * {@code since} next time, when the bundle proves each log's growth from then.
 */
@Component
public class DossierExport {

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
        return export(proposalId, List.of(), caller);
    }

    /**
     * The bundle, and for every {@code since} head the service's consistency proof from its size to the head
     * in the bundle. A size larger than the service's latest signed head is {@link ExportRequestInvalid}, found
     * before any service is asked for the dossier (so a refused export records no auditor's look).
     */
    public Mono<byte[]> export(UUID proposalId, List<EarlierHead> since, HttpHeaders caller) {
        return latestHeads(since, caller).flatMap(heads -> export(proposalId, since, heads, caller));
    }

    private Mono<byte[]> export(UUID proposalId, List<EarlierHead> since, Map<String, ServiceAnswer> heads,
                                HttpHeaders caller) {
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
                    Map<String, Long> sinceBy = new TreeMap<>();
                    since.forEach(head -> sinceBy.put(head.service(), head.treeSize()));
                    List<String> involved = answers.getT1().stream().filter(ServiceAnswer.Answered.class::isInstance)
                            .map(ServiceAnswer::service).toList();
                    // a kept head of a service outside the dossier still asks for its log's growth, without events
                    List<ServiceAnswer.Answered> parts = new ArrayList<>(answers.getT1().stream()
                            .filter(ServiceAnswer.Answered.class::isInstance).map(ServiceAnswer.Answered.class::cast).toList());
                    sinceBy.keySet().stream().filter(service -> !involved.contains(service))
                            .forEach(service -> parts.add(new ServiceAnswer.Answered(service, json.createObjectNode())));
                    List<JsonNode> signedHeads = Collections.synchronizedList(new ArrayList<>());
                    return Flux.fromIterable(parts)
                            .concatMap(answered -> servicePart(proposalId, answered, heads.get(answered.service()),
                                    sinceBy.get(answered.service()), caller, missing, signedHeads))
                            .collectList()
                            .map(serviceFiles -> {
                                serviceFiles.forEach(files::addAll);
                                files.add(file("tree-heads.json", List.copyOf(signedHeads)));
                                files.add(file("missing.json", List.copyOf(missing)));
                                return AuditBundle.zip(files);
                            });
                });
    }

    /**
     * The latest signed head of every service an earlier head is given for, asked before anything else so
     * that a size beyond it is refused up front. A service that does not answer is no fault of the caller:
     * its part of the bundle then names the gap.
     */
    private Mono<Map<String, ServiceAnswer>> latestHeads(List<EarlierHead> since, HttpHeaders caller) {
        return Flux.fromIterable(since)
                .flatMap(earlier -> dossiers.ask(earlier.service(), "/audit/tree-heads", caller).map(answer -> {
                    if (answer instanceof ServiceAnswer.Answered heads) {
                        long size = heads.body().path("heads").path(0).path("treeSize").asLong(0);
                        if (earlier.treeSize() > size) {
                            throw new ExportRequestInvalid("since=" + earlier.service() + ":" + earlier.treeSize()
                                    + " is larger than " + earlier.service() + "'s latest signed tree head (" + size
                                    + " leaves): a head you kept cannot be larger than the log; give " + EarlierHead.FORM);
                        }
                    }
                    return answer;
                }))
                .collectMap(ServiceAnswer::service);
    }

    /** One service's events, tree head, proofs and, when an earlier head is given, the log's growth since. */
    private Mono<List<BundleFile>> servicePart(UUID proposalId, ServiceAnswer.Answered dossier, ServiceAnswer knownHeads,
                                              Long since,
                                              HttpHeaders caller, List<ObjectNode> missing, List<JsonNode> signedHeads) {
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
        Mono<ServiceAnswer> latest = knownHeads != null ? Mono.just(knownHeads)
                : dossiers.ask(service, "/audit/tree-heads", caller);
        return latest.flatMap(answer -> {
            if (!(answer instanceof ServiceAnswer.Answered heads) || heads.body().path("heads").isEmpty()) {
                missing.add(gap(service, "tree-head", reason(answer, "no signed tree head yet")));
                if (since != null) {
                    missing.add(gap(service, "consistency proof since " + since, "no signed tree head to prove it to"));
                }
                return Mono.just(files);
            }
            files.add(file("services/" + service + "/tree-head.json", heads.body()));
            signedHeads.add(heads.body().path("heads").get(0));
            long treeSize = heads.body().path("heads").get(0).path("treeSize").asLong();
            Mono<List<BundleFile>> growth = since == null ? Mono.just(List.of())
                    : consistency(service, since, treeSize, caller, missing);
            return proofs(service, proposalId, events, treeSize, caller, missing)
                    .zipWith(growth, (proofs, consistency) -> {
                        files.addAll(proofs);
                        files.addAll(consistency);
                        return files;
                    });
        });
    }

    /** The service's proof (RFC 9162 2.1.4) that its tree of {@code treeSize} leaves begins with that of {@code since}. */
    private Mono<List<BundleFile>> consistency(String service, long since, long treeSize, HttpHeaders caller,
                                               List<ObjectNode> missing) {
        return dossiers.ask(service, "/audit/proofs/consistency?first=" + since + "&second=" + treeSize, caller)
                .map(answer -> {
                    if (answer instanceof ServiceAnswer.Answered proof) {
                        return List.of(file("services/" + service + "/consistency.json", proof.body()));
                    }
                    missing.add(gap(service, "consistency proof since " + since, reason(answer, "not found")));
                    return List.of();
                });
    }

    /**
     * Every event's inclusion proof in the tree of {@code treeSize}, from the service's one answer for the whole
     * dossier (one read of its log, however many events); an event not yet under that head, or without a proof in
     * the answer, is a gap.
     */
    private Mono<List<BundleFile>> proofs(String service, UUID proposalId, List<JsonNode> events, long treeSize,
                                          HttpHeaders caller, List<ObjectNode> missing) {
        List<JsonNode> inTree = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode leaf = event.path("leafIndex");
            if (!leaf.isNumber() || leaf.asLong() >= treeSize) {
                missing.add(gap(service, proofOf(event), "the event is not yet in a signed tree head; export again in a second"));
            } else {
                inTree.add(event);
            }
        }
        if (inTree.isEmpty()) {
            return Mono.just(List.of());
        }
        return dossiers.ask(service, "/audit/dossiers/" + proposalId + "/proofs?treeSize=" + treeSize, caller)
                .map(answer -> {
                    Map<Long, JsonNode> byLeaf = new HashMap<>();
                    if (answer instanceof ServiceAnswer.Answered proofs) {
                        proofs.body().path("proofs").forEach(proof -> byLeaf.put(proof.path("leafIndex").asLong(), proof));
                    }
                    List<BundleFile> files = new ArrayList<>();
                    for (JsonNode event : inTree) {
                        long leaf = event.path("leafIndex").asLong();
                        JsonNode proof = byLeaf.get(leaf);
                        if (proof == null) {
                            missing.add(gap(service, proofOf(event), reason(answer, "not found")));
                        } else {
                            files.add(file("services/" + service + "/proofs/" + leaf + ".json", proof));
                        }
                    }
                    return files;
                });
    }

    private static String proofOf(JsonNode event) {
        return "inclusion proof of event " + event.path("eventIdentifier").asString();
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
