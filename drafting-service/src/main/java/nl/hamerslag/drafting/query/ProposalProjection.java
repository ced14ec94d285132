package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.drafting.command.AttachmentAdded;
import nl.hamerslag.drafting.command.AttachmentFile;
import nl.hamerslag.drafting.command.AttachmentRemoved;
import nl.hamerslag.drafting.command.AttachmentReplaced;
import nl.hamerslag.drafting.command.DecisionRecorded;
import nl.hamerslag.drafting.command.NamedInRoute;
import nl.hamerslag.drafting.command.ProposalApproved;
import nl.hamerslag.drafting.command.ProposalContent;
import nl.hamerslag.drafting.command.ProposalDrafted;
import nl.hamerslag.drafting.command.ProposalPutOnAgenda;
import nl.hamerslag.drafting.command.ProposalReturned;
import nl.hamerslag.drafting.command.ProposalRevised;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.drafting.command.ProposalTakenOffAgenda;
import nl.hamerslag.drafting.command.RouteSeatsRecorded;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the proposal views in step with the proposals' events: {@code proposal_view}, the current
 * attachments and every submitted version. Each row records the event's sequence as its revision.
 */
@Component
@ProcessingGroup(ProposalProjection.NAME)
@ProjectionTables({"proposal_view", "attachment_view", "proposal_version", "proposal_version_attachment",
        "proposal_seat", "proposal_named"})
public class ProposalProjection {

    public static final String NAME = "proposal-view";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ProposalProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProposalDrafted event, @Timestamp Instant at, @SequenceNumber long revision) {
        ProposalContent c = event.content();
        jdbc.update("""
                insert into proposal_view (proposal_id, type, title, summary, portfolio_holder, department,
                    confidentiality, financial_consequences, legal_consequences, deciding_body, wished_meeting_date,
                    related_proposal_id, tags, author_subject, author_name, status, version, revision, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (proposal_id) do nothing""",
                event.proposalId().value(), c.type().name(), c.title(), c.summary(), c.portfolioHolder(), c.department(),
                c.confidentiality().zgwName(), c.financialConsequences(), c.legalConsequences(), c.decidingBody().name(),
                c.wishedMeetingDate(), c.relatedProposal() == null ? null : c.relatedProposal().value(), tags(c),
                event.author().subject(), event.author().name(), ProposalStatus.DRAFT.name(), event.version().value(),
                revision, ts(at), ts(at));
    }

    @EventHandler
    void on(ProposalRevised event, @Timestamp Instant at, @SequenceNumber long revision) {
        ProposalContent c = event.content();
        jdbc.update("""
                update proposal_view set type = ?, title = ?, summary = ?, portfolio_holder = ?, department = ?,
                    confidentiality = ?, financial_consequences = ?, legal_consequences = ?, deciding_body = ?,
                    wished_meeting_date = ?, related_proposal_id = ?, tags = ?, version = ?, revision = ?, updated_at = ?
                where proposal_id = ?""",
                c.type().name(), c.title(), c.summary(), c.portfolioHolder(), c.department(),
                c.confidentiality().zgwName(), c.financialConsequences(), c.legalConsequences(), c.decidingBody().name(),
                c.wishedMeetingDate(), c.relatedProposal() == null ? null : c.relatedProposal().value(), tags(c),
                event.newFieldsHash().value(), revision, ts(at), event.proposalId().value());
    }

    @EventHandler
    void on(AttachmentAdded event, @Timestamp Instant at, @SequenceNumber long revision) {
        AttachmentFile f = event.file();
        jdbc.update("""
                insert into attachment_view (attachment_id, proposal_id, kind, name, media_type, size, sha256, revision,
                    updated_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?) on conflict (attachment_id) do nothing""",
                event.attachmentId(), event.proposalId().value(), event.kind().name(), f.name(), f.mediaType(), f.size(),
                f.sha256().value(), ts(at));
        touch(event.proposalId().value(), at, revision);
    }

    @EventHandler
    void on(AttachmentReplaced event, @Timestamp Instant at, @SequenceNumber long revision) {
        AttachmentFile f = event.file();
        jdbc.update("""
                update attachment_view set name = ?, media_type = ?, size = ?, sha256 = ?, revision = ?, updated_at = ?
                where attachment_id = ?""",
                f.name(), f.mediaType(), f.size(), f.sha256().value(), event.revision(), ts(at), event.attachmentId());
        touch(event.proposalId().value(), at, revision);
    }

    @EventHandler
    void on(AttachmentRemoved event, @Timestamp Instant at, @SequenceNumber long revision) {
        jdbc.update("delete from attachment_view where attachment_id = ?", event.attachmentId());
        touch(event.proposalId().value(), at, revision);
    }

    @EventHandler
    void on(ProposalSubmitted event, @Timestamp Instant at, @SequenceNumber long revision,
            @MetaDataValue("actorSubject") String submittedBy) {
        UUID id = event.proposalId().value();
        Integer number = jdbc.queryForObject("select coalesce(max(number), 0) + 1 from proposal_version where proposal_id = ?",
                Integer.class, id);
        Manifest manifest = event.manifest();
        jdbc.update("""
                insert into proposal_version (proposal_id, number, version, fields_hash, title, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?)""",
                id, number, event.version().value(), manifest.fields().value(), event.title(),
                submittedBy == null ? event.author() : submittedBy, ts(at));
        for (Manifest.Entry entry : manifest.attachments()) {
            jdbc.update("""
                    insert into proposal_version_attachment (proposal_id, number, attachment_id, kind, name, media_type,
                        size, sha256) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, number, entry.attachmentId(), entry.kind().name(), entry.name(), entry.mediaType(), entry.size(),
                    entry.sha256().value());
        }
        jdbc.update("""
                update proposal_view set status = ?, submitted_version = ?, return_remarks = null, revision = ?,
                    updated_at = ? where proposal_id = ?""",
                ProposalStatus.SUBMITTED.name(), event.version().value(), revision, ts(at), id);
    }

    @EventHandler
    void on(ProposalReturned event, @Timestamp Instant at, @SequenceNumber long revision) {
        jdbc.update("update proposal_view set status = ?, return_remarks = ?, revision = ?, updated_at = ? where proposal_id = ?",
                ProposalStatus.RETURNED.name(), json.writeValueAsString(event.remarks()), revision, ts(at),
                event.proposalId().value());
    }

    @EventHandler
    void on(ProposalApproved event, @Timestamp Instant at, @SequenceNumber long revision) {
        status(event.proposalId().value(), ProposalStatus.APPROVED, at, revision);
    }

    @EventHandler
    void on(ProposalPutOnAgenda event, @Timestamp Instant at, @SequenceNumber long revision) {
        jdbc.update("""
                update proposal_view set status = ?, meeting_id = ?, meeting_body = ?, meeting_date = ?,
                    agenda_item_id = ?, agenda_item_type = ?, revision = ?, updated_at = ? where proposal_id = ?""",
                ProposalStatus.ON_AGENDA.name(), event.meetingId(), event.body().name(), event.meetingDate(),
                event.agendaItemId(), event.itemType() == null ? null : event.itemType().name(), revision, ts(at),
                event.proposalId().value());
    }

    @EventHandler
    void on(ProposalTakenOffAgenda event, @Timestamp Instant at, @SequenceNumber long revision) {
        jdbc.update("""
                update proposal_view set status = ?, meeting_id = null, meeting_body = null, meeting_date = null,
                    agenda_item_id = null, agenda_item_type = null, revision = ?, updated_at = ? where proposal_id = ?""",
                ProposalStatus.APPROVED.name(), revision, ts(at), event.proposalId().value());
    }

    @EventHandler
    void on(DecisionRecorded event, @Timestamp Instant at, @SequenceNumber long revision) {
        ProposalStatus status = event.resultingStatus();
        boolean leftTheAgenda = status == ProposalStatus.APPROVED;
        jdbc.update("""
                update proposal_view set status = ?, decision_id = ?, decision_meeting_id = ?, decision_body = ?,
                    decision_outcome = ?, decided_at = ?, next_body = coalesce(?, next_body),
                    meeting_id = case when ? then null else meeting_id end,
                    meeting_body = case when ? then null else meeting_body end,
                    meeting_date = case when ? then null else meeting_date end,
                    agenda_item_id = case when ? then null else agenda_item_id end,
                    agenda_item_type = case when ? then null else agenda_item_type end,
                    revision = ?, updated_at = ? where proposal_id = ?""",
                status.name(), event.decisionId(), event.meetingId(), event.body() == null ? null : event.body().name(),
                event.outcome().name(), event.decidedAt() == null ? null : ts(event.decidedAt()),
                event.movesOn() ? event.nextBody().name() : null,
                leftTheAgenda, leftTheAgenda, leftTheAgenda, leftTheAgenda, leftTheAgenda, revision, ts(at),
                event.proposalId().value());
    }

    @EventHandler
    void on(ProposalWithdrawn event, @Timestamp Instant at, @SequenceNumber long revision) {
        jdbc.update("""
                update proposal_view set status = ?, withdrawn_by = ?, withdrawn_reason = ?, revision = ?, updated_at = ?
                where proposal_id = ?""",
                ProposalStatus.WITHDRAWN.name(), event.withdrawnBy().subject(), event.reason(), revision, ts(at),
                event.proposalId().value());
    }

    @EventHandler
    void on(RouteSeatsRecorded event, @Timestamp Instant at, @SequenceNumber long revision) {
        event.seats().forEach(seat -> jdbc.update(
                "insert into proposal_seat (proposal_id, route_id, role, department) values (?, ?, ?, ?)",
                event.proposalId().value(), event.routeId(), seat.role().name(), seat.department()));
        touch(event.proposalId().value(), at, revision);
    }

    @EventHandler
    void on(NamedInRoute event, @Timestamp Instant at, @SequenceNumber long revision) {
        jdbc.update("insert into proposal_named (proposal_id, subject) values (?, ?) on conflict do nothing",
                event.proposalId().value(), event.subject());
        touch(event.proposalId().value(), at, revision);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from proposal_named");
        jdbc.update("delete from proposal_seat");
        jdbc.update("delete from proposal_version_attachment");
        jdbc.update("delete from proposal_version");
        jdbc.update("delete from attachment_view");
        jdbc.update("delete from proposal_view");
    }

    private void status(UUID id, ProposalStatus status, Instant at, long revision) {
        jdbc.update("update proposal_view set status = ?, revision = ?, updated_at = ? where proposal_id = ?",
                status.name(), revision, ts(at), id);
    }

    private void touch(UUID id, Instant at, long revision) {
        jdbc.update("update proposal_view set revision = ?, updated_at = ? where proposal_id = ?", revision, ts(at), id);
    }

    private static String[] tags(ProposalContent content) {
        return content.tags().toArray(String[]::new);
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
