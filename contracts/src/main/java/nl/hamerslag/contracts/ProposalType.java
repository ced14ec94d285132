package nl.hamerslag.contracts;

/** The kinds of documents that travel the decision route. */
public enum ProposalType {
    /** collegevoorstel. */
    COLLEGE_PROPOSAL,
    /** raadsvoorstel. */
    COUNCIL_PROPOSAL,
    /** advies. */
    ADVICE,
    /** nota. */
    MEMO,
    /** informatienota. */
    INFORMATION_MEMO,
    /** raadsinformatiebrief. */
    COUNCIL_INFORMATION_LETTER
}
