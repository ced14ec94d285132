package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.contracts.meeting.DecisionListAdopted;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import nl.hamerslag.contracts.meeting.MemberVote;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.contracts.meeting.VoteChoice;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.publication.process.CandidateDraft.DocumentRef;
import nl.hamerslag.publication.query.SourceFacts;
import nl.hamerslag.publication.vote.VoteSummary;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a meeting makes public becomes publication candidates: each decision (its documents are
 * drafting's), the published agenda (only its openbaar entries; a change corrects it), the public
 * variant of each package version (its PDF is meeting's), and the decision list when it is adopted
 * (the decisions of that meeting publication knows). Postponed and withdrawn items decided nothing.
 */
@Component
public class MeetingEventsTranslator {

    private static final Set<DecisionOutcome> DECIDED =
            EnumSet.of(DecisionOutcome.AS_PROPOSED, DecisionOutcome.AMENDED, DecisionOutcome.REJECTED);

    private final Inbox inbox;
    private final Candidates candidates;
    private final SourceFacts facts;

    public MeetingEventsTranslator(Inbox inbox, Candidates candidates, SourceFacts facts) {
        this.inbox = inbox;
        this.candidates = candidates;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.MEETING)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("publication.decision-taken", record, DecisionTaken.class, this::decisionTaken);
        inbox.receive("publication.agenda-published", record, AgendaPublished.class, event -> {
            facts.meeting(event.meetingId(), event.body(), event.date());
            facts.agendaItems(event.meetingId(), event.items());
            candidates.offer(agenda(event.meetingId(), event.body(), event.date(), event.items()));
        });
        inbox.receive("publication.agenda-changed", record, AgendaChanged.class, event -> {
            LocalDate date = facts.meeting(event.meetingId()).map(SourceFacts.Meeting::date).orElse(null);
            facts.agendaItems(event.meetingId(), event.items());
            candidates.revise(agenda(event.meetingId(), event.body(), date, event.items()),
                    "De agenda is gewijzigd (" + event.change() + ")" + (event.reason() == null ? "" : ": " + event.reason()));
        });
        inbox.receive("publication.package-compiled", record, MeetingPackageCompiled.class, this::packageCompiled);
        inbox.receive("publication.decision-list-adopted", record, DecisionListAdopted.class, this::decisionListAdopted);
        inbox.receive("publication.vote-held", record, VoteHeld.class, this::voteHeld);
    }

    /**
     * A vote of the council or a committee: its result, per party group and by name. As public as its agenda
     * item (a besloten item's vote is secret); a vote on no known item is as public as its proposal, and a
     * motion on no proposal is openbaar (the council debates in public, Gemeentewet art. 23). The college
     * meets behind closed doors (art. 54): its votes are no candidates.
     */
    private void voteHeld(VoteHeld event) {
        SourceFacts.Meeting meeting = known(event.meetingId());
        if (meeting.body() == DecidingBody.COLLEGE) {
            return;
        }
        SourceFacts.AgendaItem item = event.agendaItemId() == null ? null : facts.agendaItem(event.meetingId(), event.agendaItemId()).orElse(null);
        Confidentiality confidentiality = item != null ? item.confidentiality()
                : event.proposalId() == null ? Confidentiality.OPENBAAR
                : facts.confidentiality(event.proposalId().value()).orElse(Confidentiality.GEHEIM);
        VoteSummary vote = new VoteSummary(item == null ? null : item.number(), item == null ? null : item.title(),
                event.subject(), event.withoutVote(), event.result(), event.votesFor(), event.votesAgainst(),
                event.perGroup(), names(event.votes(), VoteChoice.FOR), names(event.votes(), VoteChoice.AGAINST));
        candidates.offer(new CandidateDraft(CandidateDraft.publicationId("vote", event.voteId()), PublicationKind.VOTE,
                new PublicationSource(event.meetingId(), null, event.proposalId(), null), meeting.body(), meeting.date(),
                vote.title(), vote.text(), confidentiality, List.of()));
    }

    private static List<String> names(List<MemberVote> votes, VoteChoice choice) {
        return votes.stream().filter(vote -> vote.choice() == choice).map(MemberVote::name).toList();
    }

    private void decisionTaken(DecisionTaken event) {
        String text = event.outcome() == DecisionOutcome.AMENDED && event.amendedText() != null
                ? event.amendedText() : event.decisionText();
        facts.decision(event, text);
        // a decision and its meeting's decision list travel on different partitions (ADR 28): one that
        // arrives after the list was adopted corrects the list
        facts.meeting(event.meetingId()).filter(meeting -> meeting.listAdoptedOn() != null)
                .ifPresent(meeting -> candidates.revise(decisionList(meeting), "Een besluit van deze vergadering kwam later binnen"));
        if (!DECIDED.contains(event.outcome())) {
            return;
        }
        List<DocumentRef> documents = event.documentHashes().stream().map(hash -> {
            SourceFacts.DocumentName known = facts.document(hash.value()).orElse(null);
            return new DocumentRef(ServiceCatalog.DRAFTING, hash, known == null ? null : known.name(),
                    known == null ? null : known.mediaType());
        }).toList();
        String title = event.title() == null ? "Besluit" : event.title();
        candidates.offer(new CandidateDraft(CandidateDraft.publicationId("decision", event.decisionId()),
                PublicationKind.DECISION, new PublicationSource(event.meetingId(), event.decisionId(), event.proposalId(), null),
                event.body(), event.meetingDate(), event.outcome() == DecisionOutcome.REJECTED ? title + " (verworpen)" : title,
                text, event.confidentiality(), documents));
    }

    /** An agenda as the public may read it: the entries that are openbaar, in order; the rest left out. */
    private static CandidateDraft agenda(String meetingId, DecidingBody body, LocalDate date, List<AgendaEntry> items) {
        StringJoiner text = new StringJoiner("\n");
        items.stream().filter(MeetingEventsTranslator::isOpenbaar)
                .forEach(entry -> text.add(entry.number() + ". " + entry.title()));
        return new CandidateDraft(CandidateDraft.publicationId("agenda", meetingId), PublicationKind.AGENDA,
                new PublicationSource(meetingId, null, null, null), body, date,
                "Agenda " + label(body) + (date == null ? "" : " " + date), text.toString(), Confidentiality.OPENBAAR,
                List.of());
    }

    private static boolean isOpenbaar(AgendaEntry entry) {
        return !entry.confidential() && (entry.confidentiality() == null || entry.confidentiality().isPublic());
    }

    private void packageCompiled(MeetingPackageCompiled event) {
        if (event.variant() != PackageVariant.PUBLIC) {
            return;
        }
        SourceFacts.Meeting meeting = known(event.meetingId());
        String name = "vergaderstukken-" + (meeting.date() == null ? event.meetingId() : meeting.date()) + "-v"
                + event.version() + ".pdf";
        candidates.offer(new CandidateDraft(CandidateDraft.publicationId("package", event.meetingId() + ":" + event.version()),
                PublicationKind.MEETING_PACKAGE, new PublicationSource(event.meetingId(), null, null, null), meeting.body(),
                meeting.date(), "Vergaderstukken " + label(meeting.body()) + (meeting.date() == null ? "" : " " + meeting.date())
                + (event.version() > 1 ? " (versie " + event.version() + ")" : ""),
                event.documents().size() + " documenten, " + event.pageCount() + " pagina's", Confidentiality.OPENBAAR,
                List.of(new DocumentRef(ServiceCatalog.MEETING, event.pdfSha256(), name, "application/pdf"))));
    }

    private void decisionListAdopted(DecisionListAdopted event) {
        known(event.meetingId());
        facts.decisionListAdopted(event.meetingId(), event.adoptedOn() == null ? LocalDate.EPOCH : event.adoptedOn());
        candidates.offer(decisionList(known(event.meetingId())));
    }

    /** The decision list as the public may read it: the openbaar decisions of the meeting, in order. */
    private CandidateDraft decisionList(SourceFacts.Meeting meeting) {
        StringJoiner text = new StringJoiner("\n");
        facts.decisions(meeting.meetingId()).stream().filter(d -> d.confidentiality().isPublic())
                .forEach(d -> text.add((d.title() == null ? "Besluit" : d.title()) + ": " + outcome(d.outcome())
                        + (d.text() == null ? "" : ". " + d.text())));
        text.add("Vastgesteld op " + meeting.listAdoptedOn() + ".");
        return new CandidateDraft(CandidateDraft.publicationId("decision-list", meeting.meetingId()),
                PublicationKind.DECISION_LIST, new PublicationSource(meeting.meetingId(), null, null, null), meeting.body(),
                meeting.date(), "Besluitenlijst " + label(meeting.body()) + (meeting.date() == null ? "" : " " + meeting.date()),
                text.toString(), Confidentiality.OPENBAAR, List.of());
    }

    /** A package or decision list follows its agenda on the meeting's partition; unknown is a record to park, not skip. */
    private SourceFacts.Meeting known(String meetingId) {
        return facts.meeting(meetingId).orElseThrow(() -> new IllegalStateException("meeting " + meetingId
                + " is unknown to publication: neither its agenda nor a decision arrived, so its body is unknown"));
    }

    private static String label(DecidingBody body) {
        return switch (body) {
            case COLLEGE -> "college van B&W";
            case COMMITTEE -> "raadscommissie";
            case COUNCIL -> "gemeenteraad";
        };
    }

    private static String outcome(String outcome) {
        return switch (DecisionOutcome.valueOf(outcome)) {
            case AS_PROPOSED -> "conform besloten";
            case AMENDED -> "gewijzigd besloten";
            case POSTPONED -> "aangehouden";
            case REJECTED -> "verworpen";
            case WITHDRAWN -> "teruggetrokken";
        };
    }
}
