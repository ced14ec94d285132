package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;

import java.time.Instant;
import java.util.List;

/**
 * An item was added at the end of the agenda. For a proposal: its approved version, its documents
 * (the manifest's entries), its confidentiality and the body that finally decides it.
 */
public record AgendaItemAdded(String meetingId, String agendaItemId, AgendaItemKind kind, String title,
                              ProposalId proposalId, AgendaItemType itemType, Confidentiality confidentiality,
                              ContentHash version, DecidingBody finalBody, List<Manifest.Entry> documents,
                              String previousMeetingId, String reason, Instant at) {

    public AgendaItemAdded {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
