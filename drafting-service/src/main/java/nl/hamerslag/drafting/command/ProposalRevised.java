package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/**
 * The author revised the proposal's fields: {@code changes} says what changed (old and new text),
 * {@code content} is the whole result and {@code newFieldsHash} its hash.
 */
public record ProposalRevised(ProposalId proposalId, List<FieldChange> changes, ProposalContent content,
                              ContentHash newFieldsHash, Actor actor) {

    public ProposalRevised {
        changes = List.copyOf(changes);
    }
}
