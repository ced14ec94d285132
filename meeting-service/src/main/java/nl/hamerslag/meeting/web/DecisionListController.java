package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.meeting.query.DecisionView;
import nl.hamerslag.meeting.query.MeetingQueries.DrawnUpList;
import nl.hamerslag.meeting.query.MeetingQueries;
import nl.hamerslag.meeting.query.MeetingView;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/meetings/{id}/decision-list")
@Tag(name = "Besluitenlijst", description = "De besluitenlijst van een gesloten vergadering en of zij is vastgesteld")
class DecisionListController {

    private final MeetingQueries meetings;
    private final MeetingAccess access;
    private final ProposalAudiences audiences;

    DecisionListController(MeetingQueries meetings, MeetingAccess access, ProposalAudiences audiences) {
        this.meetings = meetings;
        this.access = access;
        this.audiences = audiences;
    }

    @GetMapping
    @Operation(summary = "Besluitenlijst opvragen",
            description = "De besluiten van de vergadering op agendavolgorde, de stand van de lijst (DRAWN_UP: "
                    + "opgesteld bij het sluiten; ADOPTED: vastgesteld, met de vergadering en datum) en de SHA-256 die "
                    + "MeetingClosed noemt. Besluiten over voorstellen die u niet mag zien, ontbreken; de lijst precies "
                    + "zoals opgesteld (om de SHA-256 te controleren) krijgt alleen wie elk besluit mag zien.")
    @ApiResponse(responseCode = "200", description = "De besluitenlijst")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met dit id, of zij is nog niet gesloten")
    DecisionListResponse decisionList(@Parameter(description = "Id van de vergadering") @PathVariable String id,
                                      Caller caller) {
        MeetingView meeting = access.meeting(id);
        DrawnUpList list = meetings.decisionList(id).orElseThrow(() -> new DecisionListNotDrawnUp(id, meeting.state()));
        List<DecisionView> decisions = meetings.decisions(id);
        Set<UUID> admitted = audiences.admitted(decisions.stream().map(DecisionView::proposalId).toList(), caller);
        List<DecisionView> visible = decisions.stream().filter(d -> admitted.contains(d.proposalId())).toList();
        return new DecisionListResponse(meeting, list.adoptedInMeetingId() == null ? "DRAWN_UP" : "ADOPTED",
                list.adoptedInMeetingId(), list.adoptedOn(), list.sha256(), visible,
                visible.size() == decisions.size() ? list.json() : null);
    }
}
