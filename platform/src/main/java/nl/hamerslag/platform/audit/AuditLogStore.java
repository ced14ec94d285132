package nl.hamerslag.platform.audit;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit log's tables: leaves and signed tree heads (both append-only), the dossier index, the witness position. */
public class AuditLogStore {

    private static final RowMapper<AuditLeaf> LEAF = (row, n) -> new AuditLeaf(row.getLong("leaf_index"),
            row.getLong("global_index"), row.getString("event_identifier"), row.getString("aggregate_identifier"),
            row.getLong("sequence_number"), row.getBytes("leaf_hash"));

    private static final int LEAVES_PER_FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final String service;

    public AuditLogStore(JdbcTemplate jdbc, String service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    /** The number of leaves: the next leaf's index. */
    public long size() {
        return jdbc.queryForObject("select coalesce(max(leaf_index) + 1, 0) from audit_tree_leaf", Long.class);
    }

    long highestGlobalIndex() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from audit_tree_leaf", Long.class);
    }

    public Optional<AuditLeaf> leaf(long leafIndex) {
        return jdbc.query("select * from audit_tree_leaf where leaf_index = ?", LEAF, leafIndex).stream().findFirst();
    }

    public Optional<AuditLeaf> leafOf(String eventIdentifier) {
        return jdbc.query("select * from audit_tree_leaf where event_identifier = ?", LEAF, eventIdentifier)
                .stream().findFirst();
    }

    public List<AuditLeaf> leavesOf(String aggregateIdentifier) {
        return jdbc.query("select * from audit_tree_leaf where aggregate_identifier = ? order by sequence_number, leaf_index",
                LEAF, aggregateIdentifier);
    }

    /** Leaves in one JDBC batch (one round trip rather than one per leaf); the same rows as one insert each. */
    void appendLeaves(List<NewLeaf> leaves, Instant at) {
        Timestamp added = Timestamp.from(at);
        jdbc.batchUpdate("""
                        insert into audit_tree_leaf (leaf_index, global_index, event_identifier, aggregate_identifier,
                                                     sequence_number, leaf_hash, added_at)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                leaves.stream().map(leaf -> new Object[]{leaf.leafIndex(), leaf.row().globalIndex(),
                        leaf.row().eventIdentifier(), leaf.row().aggregateIdentifier(), leaf.row().sequenceNumber(),
                        leaf.leafHash(), added}).toList());
    }

    /** A leaf about to be appended: its index, the row it takes and that row's leaf hash. */
    record NewLeaf(long leafIndex, StoredEventRow row, byte[] leafHash) {
    }

    /**
     * Every leaf below {@code size} in leaf order, handed over one by one and never held as a whole: PostgreSQL's
     * driver reads a result through a cursor, {@value #LEAVES_PER_FETCH} rows at a time, only inside a transaction
     * and with a fetch size; otherwise it holds every row in memory before the first is handed over (at a million
     * leaves some 150 MB, which took a service's heap). A missing leaf index (a removed leaf) leaves no gap here,
     * so a root computed from these differs.
     */
    void eachLeafHash(long size, LeafHashes consumer) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            // inside a caller's transaction auto-commit is off already, and that transaction is not ours to end
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement leaves = connection.prepareStatement(
                    "select leaf_index, leaf_hash from audit_tree_leaf where leaf_index < ? order by leaf_index")) {
                leaves.setFetchSize(LEAVES_PER_FETCH);
                leaves.setLong(1, size);
                try (ResultSet row = leaves.executeQuery()) {
                    while (row.next()) {
                        consumer.accept(row.getLong(1), row.getBytes(2));
                    }
                }
            } finally {
                if (ownTransaction) {
                    // a read: nothing to keep, the rollback only ends the transaction
                    try {
                        connection.rollback();
                    } finally {
                        connection.setAutoCommit(true);
                    }
                }
            }
            return null;
        });
    }

    interface LeafHashes {
        void accept(long leafIndex, byte[] leafHash);
    }

    void appendHead(SignedTreeHead head) {
        jdbc.update("""
                        insert into audit_tree_head (tree_size, root_hash, signed_at, key_id, public_key, signature)
                        values (?, ?, ?, ?, ?, ?)""",
                head.treeSize(), head.root(), Timestamp.from(head.timestamp()), head.keyId(), head.publicKey(),
                Base64.getDecoder().decode(head.signature()));
    }

    public Optional<SignedTreeHead> latestHead() {
        return jdbc.query("select * from audit_tree_head order by tree_size desc limit 1", this::head).stream().findFirst();
    }

    public Optional<SignedTreeHead> headAt(long treeSize) {
        return jdbc.query("select * from audit_tree_head where tree_size = ?", this::head, treeSize).stream().findFirst();
    }

    /** Heads signed in [from, to), oldest first, at most {@code limit}. */
    public List<SignedTreeHead> headsBetween(Instant from, Instant to, int limit) {
        return jdbc.query("""
                        select * from audit_tree_head where signed_at >= ? and signed_at < ?
                         order by tree_size limit ?""",
                this::head, Timestamp.from(from), Timestamp.from(to), limit);
    }

    List<SignedTreeHead> headsAfter(long treeSize) {
        return jdbc.query("select * from audit_tree_head where tree_size > ? order by tree_size", this::head, treeSize);
    }

    /** Stream-to-proposal links in one JDBC batch; a link already there stays as it is. */
    void linkToProposals(Collection<ProposalLink> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into audit_stream_proposal (proposal_id, aggregate_identifier) values (?, ?)
                on conflict do nothing""",
                links.stream().map(link -> new Object[]{link.proposalId(), link.aggregateIdentifier()}).toList());
    }

    record ProposalLink(UUID proposalId, String aggregateIdentifier) {
    }

    /** The streams that ever named this proposal, including streams whose rows are gone. */
    public List<String> streamsOf(UUID proposalId) {
        return jdbc.queryForList("""
                select aggregate_identifier from audit_stream_proposal where proposal_id = ?
                 order by aggregate_identifier""", String.class, proposalId);
    }

    long witnessPosition(String topic) {
        return jdbc.query("select tree_size from audit_witness_position where topic = ?",
                (row, n) -> row.getLong(1), topic).stream().findFirst().orElse(0L);
    }

    void moveWitness(String topic, long treeSize) {
        jdbc.update("""
                insert into audit_witness_position (topic, tree_size) values (?, ?)
                on conflict (topic) do update set tree_size = greatest(audit_witness_position.tree_size, excluded.tree_size)""",
                topic, treeSize);
    }

    private SignedTreeHead head(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new SignedTreeHead(service, row.getLong("tree_size"),
                java.util.HexFormat.of().formatHex(row.getBytes("root_hash")), row.getTimestamp("signed_at").toInstant(),
                row.getString("key_id"), row.getString("public_key"),
                Base64.getEncoder().encodeToString(row.getBytes("signature")));
    }
}
