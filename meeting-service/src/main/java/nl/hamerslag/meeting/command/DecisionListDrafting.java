package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionTaken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Draws up a meeting's decision list from its decisions, in the order of the agenda at closing. */
final class DecisionListDrafting {

    private DecisionListDrafting() {
    }

    static DecisionList drawUp(String meetingId, String bodyId, DecidingBody body, LocalDate date,
                               List<AgendaItem> agenda, Map<String, DecisionTaken> decisions, List<String> adopted) {
        List<DecisionList.Decision> entries = new java.util.ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            DecisionTaken d = decisions.get(agenda.get(i).id());
            if (d != null) {
                entries.add(new DecisionList.Decision(i + 1, d.agendaItemId(), d.decisionId(), d.proposalId().toString(),
                        d.title(), d.outcome(), d.decisionText(), d.amendedText(),
                        d.version() == null ? null : d.version().value(), d.nextBody(),
                        d.confidentiality() == null ? null : d.confidentiality().zgwName(),
                        d.decidedAt() == null ? null : d.decidedAt().toString(),
                        d.documentHashes().stream().map(ContentHash::value).toList(),
                        d.followUpActions().stream().map(a -> new DecisionList.FollowUp(a.description(),
                                a.portfolioHolder(), a.department(),
                                a.deadline() == null ? null : a.deadline().toString())).toList()));
            }
        }
        return new DecisionList(meetingId, bodyId, body, date.toString(), entries, adopted);
    }
}
