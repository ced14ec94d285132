package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/** Amendement ingediend: submitted in the meeting, to be voted, withdrawn or held. */
public record AmendmentSubmitted(String meetingId, String amendmentId, String agendaItemId, ProposalId proposalId,
                                String title, String text, List<String> submitters, List<String> coSigners) {

    public AmendmentSubmitted {
        submitters = List.copyOf(submitters);
        coSigners = List.copyOf(coSigners);
    }
}
