package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.AmendmentDecided;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.contracts.meeting.MeetingPlanned;
import nl.hamerslag.contracts.meeting.MotionDecided;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.meeting.command.AmendmentSubmitted;
import nl.hamerslag.meeting.command.InstrumentState;
import nl.hamerslag.meeting.command.MotionSubmitted;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The floor's read model (tables floor_meeting, floor_vote, floor_instrument, floor_commitment). In a
 * subscribing processor (ADR 3): what the recorder records is readable in the answer to the POST.
 */
@Component
@ProcessingGroup(FloorProjection.PROCESSING_GROUP)
@ProjectionTables({"floor_meeting", "floor_vote", "floor_instrument", "floor_commitment"})
class FloorProjection implements FloorQueries {

    static final String PROCESSING_GROUP = "meeting-floor";
    private static final String AMENDMENT = "AMENDMENT";
    private static final String MOTION = "MOTION";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    FloorProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(MeetingPlanned event) {
        jdbc.update("""
                insert into floor_meeting (meeting_id, body_id, body_kind, body_name, meeting_date)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                event.meetingId(), event.bodyId(), event.body().name(), event.bodyName(), event.date());
    }

    @EventHandler
    void on(VoteHeld event, @Timestamp Instant at) {
        jdbc.update("insert into floor_vote (vote_id, meeting_id, held_at, vote) values (?, ?, ?, ?::jsonb) on conflict do nothing",
                event.voteId(), event.meetingId(), utc(at), json.writeValueAsString(event));
    }

    @EventHandler
    void on(AmendmentSubmitted event, @Timestamp Instant at) {
        submitted(event.amendmentId(), event.meetingId(), AMENDMENT, event.agendaItemId(), event.proposalId(),
                event.title(), event.text(), event.submitters(), event.coSigners(), at);
    }

    @EventHandler
    void on(MotionSubmitted event, @Timestamp Instant at) {
        submitted(event.motionId(), event.meetingId(), MOTION, event.agendaItemId(), event.proposalId(),
                event.title(), event.text(), event.submitters(), event.coSigners(), at);
    }

    @EventHandler
    void on(AmendmentDecided event, @Timestamp Instant at) {
        decided(event.amendmentId(), InstrumentState.of(event.outcome()), event.voteId(), at);
    }

    @EventHandler
    void on(MotionDecided event, @Timestamp Instant at) {
        decided(event.motionId(), InstrumentState.of(event.outcome()), event.voteId(), at);
    }

    @EventHandler
    void on(CommitmentMade event, @Timestamp Instant at) {
        jdbc.update("""
                insert into floor_commitment (commitment_id, meeting_id, agenda_item_id, proposal_id, text, made_by,
                                              portfolio_holder, made_to, deadline, made_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.commitmentId(), event.meetingId(), event.agendaItemId(), uuid(event.proposalId()), event.text(),
                event.madeBy(), event.portfolioHolder(), event.madeTo(), event.deadline(), utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from floor_commitment");
        jdbc.update("delete from floor_instrument");
        jdbc.update("delete from floor_vote");
        jdbc.update("delete from floor_meeting");
    }

    private void submitted(String id, String meetingId, String kind, String agendaItemId, ProposalId proposalId,
                           String title, String text, List<String> submitters, List<String> coSigners, Instant at) {
        jdbc.update("""
                insert into floor_instrument (instrument_id, meeting_id, kind, agenda_item_id, proposal_id, title, text,
                                              submitters, co_signers, state, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) on conflict do nothing""",
                id, meetingId, kind, agendaItemId, uuid(proposalId), title, text, json.writeValueAsString(submitters),
                json.writeValueAsString(coSigners), InstrumentState.SUBMITTED.name(), utc(at));
    }

    private void decided(String id, InstrumentState state, String voteId, Instant at) {
        jdbc.update("update floor_instrument set state = ?, vote_id = ?, decided_at = ? where instrument_id = ?",
                state.name(), voteId, utc(at), id);
    }

    @Override
    public Optional<FloorMeeting> meeting(String meetingId) {
        return jdbc.query("select * from floor_meeting where meeting_id = ?", (rs, n) -> new FloorMeeting(
                rs.getString("meeting_id"), rs.getString("body_id"),
                nl.hamerslag.contracts.DecidingBody.valueOf(rs.getString("body_kind")), rs.getString("body_name"),
                rs.getObject("meeting_date", LocalDate.class)), meetingId).stream().findFirst();
    }

    @Override
    public List<VoteView> votes(String meetingId) {
        return jdbc.query("select vote::text as vote, held_at from floor_vote where meeting_id = ? order by position",
                voteRow(), meetingId);
    }

    @Override
    public Optional<VoteView> vote(String meetingId, String voteId) {
        return jdbc.query("select vote::text as vote, held_at from floor_vote where meeting_id = ? and vote_id = ?",
                voteRow(), meetingId, voteId).stream().findFirst();
    }

    @Override
    public List<InstrumentView> amendments(String meetingId) {
        return instruments(meetingId, AMENDMENT);
    }

    @Override
    public List<InstrumentView> motions(String meetingId) {
        return instruments(meetingId, MOTION);
    }

    @Override
    public Optional<InstrumentView> amendment(String meetingId, String amendmentId) {
        return instrument(meetingId, AMENDMENT, amendmentId);
    }

    @Override
    public Optional<InstrumentView> motion(String meetingId, String motionId) {
        return instrument(meetingId, MOTION, motionId);
    }

    @Override
    public List<CommitmentView> commitments(String meetingId) {
        return jdbc.query("select * from floor_commitment where meeting_id = ? order by position", commitmentRow(),
                meetingId);
    }

    @Override
    public Optional<CommitmentView> commitment(String meetingId, String commitmentId) {
        return jdbc.query("select * from floor_commitment where meeting_id = ? and commitment_id = ?", commitmentRow(),
                meetingId, commitmentId).stream().findFirst();
    }

    private List<InstrumentView> instruments(String meetingId, String kind) {
        return jdbc.query("select * from floor_instrument where meeting_id = ? and kind = ? order by position",
                instrumentRow(), meetingId, kind);
    }

    private Optional<InstrumentView> instrument(String meetingId, String kind, String id) {
        return jdbc.query("select * from floor_instrument where meeting_id = ? and kind = ? and instrument_id = ?",
                instrumentRow(), meetingId, kind, id).stream().findFirst();
    }

    private RowMapper<VoteView> voteRow() {
        return (rs, n) -> VoteView.of(json.readValue(rs.getString("vote"), VoteHeld.class),
                rs.getObject("held_at", OffsetDateTime.class).toInstant());
    }

    private RowMapper<InstrumentView> instrumentRow() {
        return (rs, n) -> new InstrumentView(rs.getString("instrument_id"), rs.getString("meeting_id"),
                rs.getString("agenda_item_id"), proposalId(rs.getObject("proposal_id", UUID.class)), rs.getString("title"),
                rs.getString("text"), json.readValue(rs.getString("submitters"), STRINGS),
                json.readValue(rs.getString("co_signers"), STRINGS), InstrumentState.valueOf(rs.getString("state")),
                rs.getString("vote_id"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                instant(rs.getObject("decided_at", OffsetDateTime.class)));
    }

    private static RowMapper<CommitmentView> commitmentRow() {
        return (rs, n) -> new CommitmentView(rs.getString("commitment_id"), rs.getString("meeting_id"),
                rs.getString("agenda_item_id"), proposalId(rs.getObject("proposal_id", UUID.class)), rs.getString("text"),
                rs.getString("made_by"), rs.getString("portfolio_holder"), rs.getString("made_to"),
                rs.getObject("deadline", LocalDate.class), rs.getObject("made_at", OffsetDateTime.class).toInstant());
    }

    private static UUID uuid(ProposalId id) {
        return id == null ? null : id.value();
    }

    private static ProposalId proposalId(UUID id) {
        return id == null ? null : new ProposalId(id);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
