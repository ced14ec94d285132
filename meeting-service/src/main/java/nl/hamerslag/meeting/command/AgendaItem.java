package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;

import java.util.List;
import java.util.Objects;

/** Agendapunt: one item of a meeting's agenda, as the meeting's events left it. */
final class AgendaItem {

    private final String id;
    private final AgendaItemKind kind;
    private final String title;
    private final ProposalId proposalId;
    private final Confidentiality confidentiality;
    private final ContentHash version;
    private final DecidingBody finalBody;
    private final List<Manifest.Entry> documents;
    private final String previousMeetingId;
    private AgendaItemType itemType;
    private boolean confidential;
    private boolean withdrawn;
    private boolean decided;

    AgendaItem(AgendaItemAdded added) {
        id = added.agendaItemId();
        kind = added.kind();
        title = added.title();
        proposalId = added.proposalId();
        confidentiality = added.confidentiality();
        version = added.version();
        finalBody = added.finalBody();
        documents = added.documents();
        previousMeetingId = added.previousMeetingId();
        itemType = added.itemType();
        // a proposal that is not openbaar is dealt with in the closed part unless the keeper says otherwise
        confidential = confidentiality != null && !confidentiality.isPublic();
    }

    AgendaEntry entry(int number) {
        return new AgendaEntry(id, number, kind, title, proposalId, itemType, confidential, confidentiality, documents);
    }

    void mark(AgendaItemType type, boolean isConfidential) {
        itemType = type;
        confidential = isConfidential;
    }

    void withdraw() {
        withdrawn = true;
    }

    void decide() {
        decided = true;
    }

    boolean isProposal() {
        return kind == AgendaItemKind.PROPOSAL;
    }

    boolean isHammerItem() {
        return isProposal() && itemType == AgendaItemType.HAMMER_ITEM;
    }

    String id() {
        return id;
    }

    AgendaItemKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    ProposalId proposalId() {
        return proposalId;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    ContentHash version() {
        return version;
    }

    DecidingBody finalBody() {
        return finalBody;
    }

    List<Manifest.Entry> documents() {
        return documents;
    }

    String previousMeetingId() {
        return previousMeetingId;
    }

    AgendaItemType itemType() {
        return itemType;
    }

    boolean confidential() {
        return confidential;
    }

    boolean withdrawn() {
        return withdrawn;
    }

    boolean decided() {
        return decided;
    }

    /** By value: an item replayed from the events equals the item the command handler left (the fixture checks). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaItem that && id.equals(that.id) && kind == that.kind
                && Objects.equals(title, that.title) && Objects.equals(proposalId, that.proposalId)
                && confidentiality == that.confidentiality && Objects.equals(version, that.version)
                && finalBody == that.finalBody && documents.equals(that.documents)
                && Objects.equals(previousMeetingId, that.previousMeetingId) && itemType == that.itemType
                && confidential == that.confidential && withdrawn == that.withdrawn && decided == that.decided;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
