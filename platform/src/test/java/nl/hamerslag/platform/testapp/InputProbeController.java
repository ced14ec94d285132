package nl.hamerslag.platform.testapp;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Echoes what reached it, so the input rules can be shown to stop what must not reach a controller. */
@RestController
@RequestMapping("/api/probe")
class InputProbeController {

    record Note(String text, List<String> tags, Map<String, String> labels, LocalDate on, Instant at, JsonNode extra) {
    }

    @GetMapping("/echo")
    Map<String, Object> query(@RequestParam(required = false) String text,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                              @RequestParam(required = false) Instant at,
                              @RequestHeader(name = "X-Note", required = false) String note) {
        return Map.of("text", String.valueOf(text), "on", String.valueOf(on), "at", String.valueOf(at),
                "note", String.valueOf(note));
    }

    @GetMapping("/echo/{segment}")
    Map<String, String> path(@PathVariable String segment) {
        return Map.of("segment", segment);
    }

    @PostMapping("/echo")
    Note body(@RequestBody Note note) {
        return note;
    }

    @PostMapping("/tree")
    JsonNode tree(@RequestBody JsonNode tree) {
        return tree;
    }

    @PostMapping(path = "/upload", consumes = "multipart/form-data")
    Map<String, String> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String caption) {
        return Map.of("name", String.valueOf(file.getOriginalFilename()), "caption", String.valueOf(caption));
    }

    /** What the command bus throws when two commands changed one aggregate at once. */
    @PostMapping("/conflict")
    void conflict(@RequestParam boolean wrapped) {
        ConcurrencyException conflict = new ConcurrencyException("An event for aggregate [x] at sequence [3] was already inserted");
        if (wrapped) {
            throw new CommandExecutionException("command failed", conflict);
        }
        throw conflict;
    }
}
