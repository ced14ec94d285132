package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/** Motie ingediend: submitted in the meeting, to be voted, withdrawn or held. */
public record MotionSubmitted(String meetingId, String motionId, String agendaItemId, ProposalId proposalId,
                                String title, String text, List<String> submitters, List<String> coSigners) {

    public MotionSubmitted {
        submitters = List.copyOf(submitters);
        coSigners = List.copyOf(coSigners);
    }
}
