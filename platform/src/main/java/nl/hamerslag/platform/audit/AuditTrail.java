package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.eventstore.HashChainVerifier;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** What an auditor reads: streams and dossiers as stored, and their verification. */
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final AuditLogStore store;
    private final AuditVerifier verifier;
    private final HashChainVerifier metadataReader;
    private final JsonMapper jsonMapper;
    private final String service;
    private final Supplier<Optional<SignedTreeHead>> witnessHead;
    private final List<DossierDocuments> documents;

    public AuditTrail(JdbcTemplate jdbc, AuditLogStore store, AuditVerifier verifier, HashChainVerifier metadataReader,
                      JsonMapper jsonMapper, String service, Supplier<Optional<SignedTreeHead>> witnessHead,
                      List<DossierDocuments> documents) {
        this.jdbc = jdbc;
        this.store = store;
        this.verifier = verifier;
        this.metadataReader = metadataReader;
        this.jsonMapper = jsonMapper;
        this.service = service;
        this.witnessHead = witnessHead;
        this.documents = documents;
    }

    public Optional<AuditedStream> stream(String aggregateId) {
        List<StoredEventRow> rows = jdbc.query("select " + StoredEventRow.COLUMNS
                + " from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                StoredEventRow::read, aggregateId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> leafIndexes = new HashMap<>();
        store.leavesOf(aggregateId).forEach(leaf -> leafIndexes.put(leaf.eventIdentifier(), leaf.leafIndex()));
        List<AuditedEvent> events = new ArrayList<>(rows.size());
        String previous = null;
        for (StoredEventRow row : rows) {
            Map<String, ?> metadata = metadataReader.metadata(row.metadata());
            String hash = text(metadata, MetadataKeys.HASH);
            events.add(new AuditedEvent(row.sequenceNumber(), row.globalIndex(), row.eventIdentifier(),
                    simpleName(row.payloadType()), row.payloadType(), row.payloadRevision(), json(row.payload()),
                    row.timestamp(), text(metadata, MetadataKeys.ACTOR_SUBJECT), text(metadata, MetadataKeys.ACTOR_NAME),
                    text(metadata, MetadataKeys.ACTOR_ROLE), text(metadata, MetadataKeys.CORRELATION_ID),
                    text(metadata, MetadataKeys.CAUSATION_ID), hash, previous,
                    Optional.ofNullable(text(metadata, MetadataKeys.HASH_VERSION)).orElse("1"),
                    leafIndexes.get(row.eventIdentifier()), row.payload(), row.metadata()));
            previous = hash;
        }
        return Optional.of(new AuditedStream(aggregateId, rows.get(0).aggregateType(), events));
    }

    /** The dossier's streams, or empty when this service knows nothing of the proposal. */
    public Optional<AuditedDossier> dossier(UUID proposalId) {
        Set<String> streams = streamsOf(proposalId);
        if (streams.isEmpty()) {
            return Optional.empty();
        }
        List<AuditedStream> audited = streams.stream().map(this::stream).flatMap(Optional::stream).toList();
        return Optional.of(new AuditedDossier(proposalId, service, audited));
    }

    /** The leaves of every stream of the dossier, or empty when this service knows nothing of the proposal. */
    public Optional<List<AuditLeaf>> leavesOf(UUID proposalId) {
        Set<String> streams = streamsOf(proposalId);
        if (streams.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(streams.stream().flatMap(stream -> store.leavesOf(stream).stream()).toList());
    }

    /**
     * Every stream of the dossier checked, and the tree heads of the database and of the witness topic
     * (plus any the caller holds) against the leaves; empty when the proposal is unknown here.
     */
    public Optional<DossierVerification> verify(UUID proposalId, List<SignedTreeHead> held) {
        Set<String> streams = streamsOf(proposalId);
        if (streams.isEmpty()) {
            return Optional.empty();
        }
        List<AuditVerifier.HeadToCheck> toCheck = new ArrayList<>();
        store.latestHead().ifPresent(head -> toCheck.add(new AuditVerifier.HeadToCheck("database", head)));
        witnessHead.get().ifPresent(head -> toCheck.add(new AuditVerifier.HeadToCheck("kafka", head)));
        held.forEach(head -> toCheck.add(new AuditVerifier.HeadToCheck("held", head)));
        List<TreeHeadCheck> heads = verifier.check(toCheck);
        List<StreamVerification> checked = streams.stream().map(verifier::verifyStream).toList();
        List<AttachmentCheck> attachments = documents.stream().flatMap(d -> d.check(proposalId).stream()).toList();
        boolean intact = !heads.isEmpty() && heads.stream().allMatch(TreeHeadCheck::holds)
                && checked.stream().allMatch(StreamVerification::intact)
                && attachments.stream().allMatch(AttachmentCheck::intact);
        return Optional.of(new DossierVerification(proposalId, service, intact, heads, checked, attachments));
    }

    private Set<String> streamsOf(UUID proposalId) {
        Set<String> streams = new LinkedHashSet<>();
        Integer own = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, proposalId.toString());
        if (own != null && own > 0) {
            streams.add(proposalId.toString());
        }
        streams.addAll(store.streamsOf(proposalId));
        return streams;
    }

    private JsonNode json(byte[] payload) {
        try {
            return jsonMapper.readTree(payload);
        } catch (JacksonException notJson) {
            // a payload of another serializer is shown as the text it is rather than hidden
            return StringNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }

    private static String text(Map<String, ?> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    private static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        String name = dot < 0 ? type : type.substring(dot + 1);
        int dollar = name.lastIndexOf('$');
        return dollar < 0 ? name : name.substring(dollar + 1);
    }
}
