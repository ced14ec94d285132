package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.testapp.Scrapbook.PasteClipping;
import nl.hamerslag.platform.testapp.TallyMessages.CreateTally;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** What the messaging tests need beyond the tally API: a tally of a given proposal, an event of any size. */
@RestController
@PreAuthorize("hasRole('AUTHOR')")
class TestOnlyController {

    private final CommandGateway commands;

    TestOnlyController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/proposals/{proposalId}/tallies")
    ResponseEntity<Map<String, String>> tallyOf(@PathVariable String proposalId, @RequestParam String name) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateTally(id, ProposalId.of(proposalId), name));
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    @PostMapping("/api/scrapbooks")
    ResponseEntity<Map<String, String>> scrapbook(@RequestParam int size) {
        String id = UUID.randomUUID().toString();
        ProposalId proposalId = ProposalId.newId();
        commands.sendAndWait(new PasteClipping(id, proposalId, "x".repeat(size)));
        return ResponseEntity.status(201).body(Map.of("id", id, "proposalId", proposalId.toString()));
    }
}
