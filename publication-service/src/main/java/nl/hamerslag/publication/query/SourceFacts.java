package nl.hamerslag.publication.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other services' events told publication that a later event does not repeat: a meeting's body
 * and date (a package names neither), the decisions of a meeting (its decision list names none), the
 * name and type of a document by hash (a decision names only hashes), a follow-up item's kind,
 * text and settlement document (its acceptance names only the item), and the items of an agenda (a vote
 * names only its item).
 */
@Component
public class SourceFacts {

    private final JdbcTemplate jdbc;
    private final ProposalAudiences audiences;

    SourceFacts(JdbcTemplate jdbc, ProposalAudiences audiences) {
        this.jdbc = jdbc;
        this.audiences = audiences;
    }

    /**
     * A meeting and its body, as an agenda or a decision made it known.
     *
     * @param listAdoptedOn when its decision list was adopted; null while it was not
     */
    public record Meeting(String meetingId, DecidingBody body, LocalDate date, LocalDate listAdoptedOn) {
    }

    /** A decision taken in a meeting, as its decision list will show it. */
    public record Decision(String decisionId, String title, String outcome, String text, Confidentiality confidentiality) {
    }

    /** A follow-up item, with the settlement document proposed last. */
    public record FollowUpItem(String itemId, FollowUpKind kind, UUID proposalId, String text, String submitter,
                               String documentName, String mediaType, String sha256) {
    }

    /** An agenda item as the agenda last showed it, and how confidential it is (besloten: GEHEIM). */
    public record AgendaItem(String agendaItemId, String meetingId, int number, String title,
                             Confidentiality confidentiality) {
    }

    /** A document's name and type, as a manifest gave them. */
    public record DocumentName(String name, String mediaType) {
    }

    public void meeting(String meetingId, DecidingBody body, LocalDate date) {
        jdbc.update("""
                insert into known_meeting (meeting_id, body, date) values (?, ?, ?)
                on conflict (meeting_id) do update set body = excluded.body, date = coalesce(excluded.date, known_meeting.date)""",
                meetingId, body.name(), date);
    }

    public Optional<Meeting> meeting(String meetingId) {
        return jdbc.query("select meeting_id, body, date, list_adopted_on from known_meeting where meeting_id = ?",
                (rs, n) -> new Meeting(rs.getString(1), DecidingBody.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)),
                meetingId).stream().findFirst();
    }

    /** The items of an agenda as published or changed; an item no longer on it keeps what it was. */
    public void agendaItems(String meetingId, List<AgendaEntry> entries) {
        entries.forEach(entry -> jdbc.update("""
                insert into known_agenda_item (agenda_item_id, meeting_id, number, title, confidentiality)
                values (?, ?, ?, ?, ?)
                on conflict (meeting_id, agenda_item_id) do update set number = excluded.number, title = excluded.title,
                    confidentiality = excluded.confidentiality""", entry.agendaItemId(), meetingId, entry.number(),
                entry.title(), confidentiality(entry).name()));
    }

    public Optional<AgendaItem> agendaItem(String meetingId, String agendaItemId) {
        return jdbc.query("select agenda_item_id, meeting_id, number, title, confidentiality from known_agenda_item "
                        + "where meeting_id = ? and agenda_item_id = ?", (rs, n) -> new AgendaItem(rs.getString(1),
                        rs.getString(2), rs.getInt(3), rs.getString(4), Confidentiality.valueOf(rs.getString(5))),
                        meetingId, agendaItemId)
                .stream().findFirst();
    }

    /** A besloten item is secret (Gemeentewet art. 25); an item that is no proposal is as open as its meeting. */
    private static Confidentiality confidentiality(AgendaEntry entry) {
        if (entry.confidential()) {
            return Confidentiality.GEHEIM;
        }
        return entry.confidentiality() == null ? Confidentiality.OPENBAAR : entry.confidentiality();
    }

    public void decisionListAdopted(String meetingId, LocalDate adoptedOn) {
        jdbc.update("update known_meeting set list_adopted_on = ? where meeting_id = ?", adoptedOn, meetingId);
    }

    public void decision(DecisionTaken event, String text) {
        meeting(event.meetingId(), event.body(), event.meetingDate());
        jdbc.update("""
                insert into known_decision (decision_id, meeting_id, proposal_id, title, outcome, decision_text,
                    confidentiality, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (decision_id) do update set title = excluded.title, outcome = excluded.outcome,
                    decision_text = excluded.decision_text, confidentiality = excluded.confidentiality""",
                event.decisionId(), event.meetingId(), event.proposalId() == null ? null : event.proposalId().value(),
                event.title(), event.outcome().name(), text,
                (event.confidentiality() == null ? Confidentiality.ZEER_GEHEIM : event.confidentiality()).name(),
                Timestamp.from(event.decidedAt() == null ? java.time.Instant.EPOCH : event.decidedAt()));
    }

    /** The decisions of a meeting, in the order they were taken. */
    public List<Decision> decisions(String meetingId) {
        return jdbc.query("""
                select decision_id, title, outcome, decision_text, confidentiality from known_decision
                where meeting_id = ? order by decided_at, decision_id""", (rs, n) -> new Decision(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), Confidentiality.valueOf(rs.getString(5))), meetingId);
    }

    public void documents(List<Manifest.Entry> entries) {
        entries.forEach(entry -> jdbc.update("""
                insert into known_document (sha256, name, media_type, size) values (?, ?, ?, ?)
                on conflict (sha256) do nothing""", entry.sha256().value(), entry.name(), entry.mediaType(), entry.size()));
    }

    public Optional<DocumentName> document(String sha256) {
        return jdbc.query("select name, media_type from known_document where sha256 = ?",
                (rs, n) -> new DocumentName(rs.getString(1), rs.getString(2)), sha256).stream().findFirst();
    }

    public void followUpItem(String itemId, FollowUpKind kind, ProposalId proposalId, String text) {
        jdbc.update("""
                insert into known_followup_item (item_id, kind, proposal_id, text) values (?, ?, ?, ?)
                on conflict (item_id) do update set kind = excluded.kind, proposal_id = excluded.proposal_id,
                    text = coalesce(excluded.text, known_followup_item.text)""",
                itemId, kind.name(), proposalId == null ? null : proposalId.value(), text);
    }

    public void question(String itemId, String text, String submitter) {
        jdbc.update("""
                insert into known_followup_item (item_id, kind, text, submitter) values (?, 'QUESTION', ?, ?)
                on conflict (item_id) do update set text = excluded.text, submitter = excluded.submitter""",
                itemId, text, submitter);
    }

    public void settlementDocument(String itemId, String name, String mediaType, long size, String sha256) {
        jdbc.update("""
                insert into known_followup_item (item_id, document_name, media_type, size, sha256) values (?, ?, ?, ?, ?)
                on conflict (item_id) do update set document_name = excluded.document_name,
                    media_type = excluded.media_type, size = excluded.size, sha256 = excluded.sha256""",
                itemId, name, mediaType, size, sha256);
    }

    public Optional<FollowUpItem> followUpItem(String itemId) {
        return jdbc.query("""
                select item_id, kind, proposal_id, text, submitter, document_name, media_type, sha256
                from known_followup_item where item_id = ?""", (rs, n) -> new FollowUpItem(rs.getString(1),
                rs.getString(2) == null ? null : FollowUpKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), itemId)
                .stream().findFirst();
    }

    /** A proposal's confidentiality as drafting submitted it; empty when its submission never arrived. */
    public Optional<Confidentiality> confidentiality(UUID proposalId) {
        return audiences.confidentiality(proposalId);
    }
}
