package nl.hamerslag.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.testapp.TallyMessages.CountTally;
import nl.hamerslag.platform.testapp.TallyMessages.CreateTally;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/tallies")
class TallyController {

    private final CommandGateway commands;

    TallyController(CommandGateway commands) {
        this.commands = commands;
    }

    record NewTally(@NotBlank @Size(max = 50) String name) {
    }

    @PostMapping
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody NewTally body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateTally(id, ProposalId.newId(), body.name()));
        return ResponseEntity.created(URI.create("/api/tallies/" + id)).body(Map.of("id", id));
    }

    /** A streamed upload, to show that Idempotency-Key works without buffering multipart bodies. */
    @PostMapping(path = "/{id}/notes", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<Map<String, String>> note(@PathVariable String id, @RequestPart("file") MultipartFile file)
            throws java.io.IOException {
        long size;
        try (var in = file.getInputStream()) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String note = UUID.randomUUID().toString();
        return ResponseEntity.created(URI.create("/api/tallies/" + id + "/notes/" + note))
                .body(Map.of("note", note, "size", Long.toString(size)));
    }

    @PostMapping("/{id}/count")
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<Void> count(@PathVariable String id) {
        commands.sendAndWait(new CountTally(id));
        return ResponseEntity.noContent().build();
    }
}
