package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.meeting.command.NextBody;
import nl.hamerslag.meeting.command.ReadyProposal;
import nl.hamerslag.meeting.command.ReadyProposals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Agendeerbaar: the approved proposals waiting for a body. A proposal is ready once the route of its
 * submitted version completed (in whichever order the two events arrive), for the college first
 * when the council decides it; scheduling takes it off the list, a withdrawn agenda item, a
 * cancelled meeting or a postponement puts it back for the same body, and a college decision or a
 * committee's advice puts it on the list of the next body. A withdrawn proposal leaves for good.
 */
@Component
public class ReadyList implements ReadyProposals {

    static final String AWAITING = "AWAITING_APPROVAL";
    static final String READY = "READY";
    static final String SCHEDULED = "SCHEDULED";
    static final String DECIDED = "DECIDED";
    static final String WITHDRAWN = "WITHDRAWN";
    private static final TypeReference<List<Manifest.Entry>> ENTRIES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ReadyList(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A proposal as waiting, for the ready list's answer. */
    public record Waiting(UUID proposalId, String type, String title, String department, String portfolioHolder,
                          Confidentiality confidentiality, DecidingBody decidingBody, DecidingBody readyFor,
                          String version, List<Manifest.Entry> documents, Instant readySince) {
    }

    // --- kept from the events ---

    public void submitted(ProposalSubmitted event, Instant at) {
        String documents = json.writeValueAsString(event.manifest().attachments());
        jdbc.update("""
                insert into ready_proposal (proposal_id, type, title, department, portfolio_holder, confidentiality, author,
                    deciding_body, submitted_version, documents, stage, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (proposal_id) do update set type = excluded.type, title = excluded.title,
                    department = excluded.department, portfolio_holder = excluded.portfolio_holder,
                    confidentiality = excluded.confidentiality, author = excluded.author,
                    deciding_body = excluded.deciding_body, submitted_version = excluded.submitted_version,
                    documents = excluded.documents,
                    stage = case when ready_proposal.stage = 'WITHDRAWN' then 'WITHDRAWN' else 'AWAITING_APPROVAL' end,
                    ready_for = null, meeting_id = null, updated_at = excluded.updated_at""",
                event.proposalId().value(), event.type() == null ? null : event.type().name(), event.title(),
                event.department(), event.portfolioHolder(), event.confidentiality().name(), event.author(),
                event.decidingBody() == null ? null : event.decidingBody().name(), event.version().value(), documents,
                AWAITING, ts(at));
        becomeReadyIfApproved(event.proposalId().value(), at);
    }

    public void approved(ProposalId proposalId, ContentHash version, Instant at) {
        jdbc.update("""
                insert into ready_proposal (proposal_id, approved_version, stage, updated_at) values (?, ?, ?, ?)
                on conflict (proposal_id) do update set approved_version = excluded.approved_version,
                    updated_at = excluded.updated_at""",
                proposalId.value(), version.value(), AWAITING, ts(at));
        becomeReadyIfApproved(proposalId.value(), at);
    }

    public void withdrawn(ProposalId proposalId, Instant at) {
        jdbc.update("""
                insert into ready_proposal (proposal_id, stage, updated_at) values (?, ?, ?)
                on conflict (proposal_id) do update set stage = excluded.stage, ready_for = null,
                    updated_at = excluded.updated_at""", proposalId.value(), WITHDRAWN, ts(at));
    }

    void scheduled(ProposalId proposalId, String meetingId, Instant at) {
        jdbc.update("""
                update ready_proposal set stage = ?, ready_for = null, meeting_id = ?, updated_at = ?
                where proposal_id = ? and stage <> ?""", SCHEDULED, meetingId, ts(at), proposalId.value(), WITHDRAWN);
    }

    void readyAgain(ProposalId proposalId, DecidingBody body, Instant at) {
        jdbc.update("""
                update ready_proposal set stage = ?, ready_for = ?, meeting_id = null, ready_since = ?, updated_at = ?
                where proposal_id = ? and stage <> ?""", READY, body.name(), ts(at), ts(at), proposalId.value(), WITHDRAWN);
    }

    void decided(ProposalId proposalId, DecidingBody body, DecisionOutcome outcome, DecidingBody nextBody, Instant at) {
        if (outcome == DecisionOutcome.POSTPONED) {
            readyAgain(proposalId, body, at);
        } else if (nextBody != null) {
            readyAgain(proposalId, nextBody, at);
        } else {
            jdbc.update("""
                    update ready_proposal set stage = ?, ready_for = null, meeting_id = null, updated_at = ?
                    where proposal_id = ? and stage <> ?""", DECIDED, ts(at), proposalId.value(), WITHDRAWN);
        }
    }

    private void becomeReadyIfApproved(UUID id, Instant at) {
        jdbc.query("""
                select deciding_body from ready_proposal where proposal_id = ? and stage = ?
                  and submitted_version is not null and submitted_version = approved_version""", rs -> {
            String body = rs.getString(1);
            DecidingBody first = NextBody.first(body == null ? DecidingBody.COLLEGE : DecidingBody.valueOf(body));
            jdbc.update("update ready_proposal set stage = ?, ready_for = ?, ready_since = ?, updated_at = ? where proposal_id = ?",
                    READY, first.name(), ts(at), ts(at), id);
        }, id, AWAITING);
    }

    // --- read ---

    /** The proposals ready for {@code body}, oldest first (visibility is the caller's to apply). */
    public List<Waiting> readyFor(DecidingBody body) {
        return jdbc.query("""
                select * from ready_proposal where stage = ? and ready_for = ? order by ready_since, proposal_id""",
                this::waiting, READY, body.name());
    }

    /** The meeting whose agenda holds the proposal, undecided, if any. */
    public Optional<String> scheduledOn(ProposalId proposalId) {
        return jdbc.queryForList("select meeting_id from ready_proposal where proposal_id = ? and stage = ?",
                String.class, proposalId.value(), SCHEDULED).stream().findFirst();
    }

    @Override
    public Optional<ReadyProposal> readyFor(ProposalId proposalId, DecidingBody body) {
        return jdbc.query("select * from ready_proposal where proposal_id = ? and stage = ? and ready_for = ?",
                        this::waiting, proposalId.value(), READY, body.name()).stream().findFirst()
                .map(w -> new ReadyProposal(proposalId, w.title(), w.confidentiality(), w.decidingBody(),
                        ContentHash.of(w.version()), w.documents()));
    }

    private Waiting waiting(ResultSet rs, int row) throws SQLException {
        String body = rs.getString("deciding_body");
        String readyFor = rs.getString("ready_for");
        Timestamp since = rs.getTimestamp("ready_since");
        String confidentiality = rs.getString("confidentiality");
        return new Waiting(rs.getObject("proposal_id", UUID.class), rs.getString("type"), rs.getString("title"),
                rs.getString("department"), rs.getString("portfolio_holder"),
                confidentiality == null ? Confidentiality.ZEER_GEHEIM : Confidentiality.valueOf(confidentiality),
                body == null ? null : DecidingBody.valueOf(body), readyFor == null ? null : DecidingBody.valueOf(readyFor),
                rs.getString("approved_version"), json.readValue(rs.getString("documents"), ENTRIES),
                since == null ? null : since.toInstant());
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
