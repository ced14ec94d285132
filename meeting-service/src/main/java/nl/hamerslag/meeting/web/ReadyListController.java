package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.query.ReadyList;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/meetings/ready")
@Tag(name = "Agendeerbare voorstellen", description = "Goedgekeurde voorstellen die wachten op een gremium")
class ReadyListController {

    private final ReadyList readyList;
    private final ProposalAudiences audiences;

    ReadyListController(ReadyList readyList, ProposalAudiences audiences) {
        this.readyList = readyList;
        this.audiences = audiences;
    }

    @GetMapping
    @Operation(summary = "Agendeerbare voorstellen van een gremium",
            description = "De voorstellen waarvan de accorderingsroute is afgerond en die wachten op dit gremium, "
                    + "oudste eerst. Een raadsvoorstel is eerst agendeerbaar voor het college; na het collegebesluit "
                    + "voor de commissie; na het advies van de commissie voor de raad. Aangehouden, teruggenomen of "
                    + "door annulering vervallen punten komen terug bij hetzelfde gremium. Alleen voorstellen die u "
                    + "mag zien.")
    @ApiResponse(responseCode = "200", description = "De agendeerbare voorstellen")
    @ApiResponse(responseCode = "400", description = "Geen of een onbekend gremium")
    List<ReadyProposalResponse> ready(@Parameter(description = "COLLEGE, COMMITTEE of COUNCIL", required = true)
                                      @RequestParam DecidingBody body, Caller caller) {
        List<ReadyList.Waiting> waiting = readyList.readyFor(body);
        Set<UUID> admitted = audiences.admitted(waiting.stream().map(ReadyList.Waiting::proposalId).toList(), caller);
        return waiting.stream().filter(w -> admitted.contains(w.proposalId())).map(ReadyProposalResponse::of).toList();
    }
}
