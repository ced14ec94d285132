package nl.hamerslag.contracts.publication;

import nl.hamerslag.contracts.ProposalId;

/**
 * Where a publication comes from, as far as its source event named it; every field may be null.
 *
 * @param meetingId  the meeting (vergadering) of a decision, agenda, package or decision list
 * @param decisionId the decision (besluit) of a DECISION
 * @param proposalId the proposal (voorstel) it is about, the dossier key
 * @param itemId     the follow-up item (opvolgpunt) of an ANSWER or LETTER
 */
public record PublicationSource(String meetingId, String decisionId, ProposalId proposalId, String itemId) {

    /** The Kafka key of every event about this publication (ADR 28): the proposal, else the meeting. */
    public String partitionKey(String publicationId) {
        if (proposalId != null) {
            return proposalId.toString();
        }
        return meetingId != null ? meetingId : publicationId;
    }
}
