package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;

import java.util.List;

/** The route of {@code version} was refused: the proposal is back with its author, with the signers' remarks. */
public record ProposalReturned(ProposalId proposalId, String routeId, ContentHash version, List<Remark> remarks) {

    public ProposalReturned {
        remarks = List.copyOf(remarks);
    }
}
