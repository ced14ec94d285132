package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/** An amendment or a motion as the floor keeps it: where it belongs, who submitted it, where it is. */
record Instrument(String id, String agendaItemId, ProposalId proposalId, String title, String text,
                  List<String> submitters, List<String> coSigners, InstrumentState state) {

    Instrument {
        submitters = List.copyOf(submitters);
        coSigners = List.copyOf(coSigners);
    }

    boolean isPending() {
        return state == InstrumentState.SUBMITTED;
    }

    Instrument decided(InstrumentState outcome) {
        return new Instrument(id, agendaItemId, proposalId, title, text, submitters, coSigners, outcome);
    }
}
