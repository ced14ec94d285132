package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;

import java.util.List;

/**
 * An approved proposal as it goes on an agenda.
 *
 * @param finalBody the body that finally decides it (a council proposal: COUNCIL, also on the college's agenda)
 * @param documents the approved version's documents, main document first
 */
public record ReadyProposal(ProposalId proposalId, String title, Confidentiality confidentiality, DecidingBody finalBody,
                            ContentHash version, List<Manifest.Entry> documents) {

    public ReadyProposal {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
