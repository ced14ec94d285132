package nl.hamerslag.meeting.process;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.EstablishBody;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.query.BodyDirectory;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plants the bodies of a seed file (local mode: a college, a council of 27 in 7 party groups, two
 * committees) by sending the same commands an ADMIN would, when {@code hamerslag.meeting.seed-bodies}
 * is true. A body that exists is left as it is, so a restart plants nothing twice and never undoes what
 * an ADMIN changed since; each body is established with its groups and members in one command, so a
 * body is planted whole or not at all.
 */
@Component
public class BodySeed {

    private static final Logger log = LoggerFactory.getLogger(BodySeed.class);

    private final CommandGateway commands;
    private final BodyDirectory directory;
    private final JsonMapper json;
    private final boolean enabled;
    private final Resource location;

    BodySeed(CommandGateway commands, BodyDirectory directory, JsonMapper json,
             @Value("${hamerslag.meeting.seed-bodies:false}") boolean enabled,
             @Value("${hamerslag.meeting.seed-location:classpath:seed/bodies.json}") Resource location) {
        this.commands = commands;
        this.directory = directory;
        this.json = json;
        this.enabled = enabled;
        this.location = location;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (enabled) {
            List<String> planted = plant();
            log.info("Seed bodies from {}: established {}, the others existed already", location, planted);
        }
    }

    /** Establishes every body of the seed file that does not exist yet; returns the ids of those established. */
    public List<String> plant() {
        List<String> planted = new ArrayList<>();
        for (SeedBody body : read().bodies()) {
            if (directory.find(body.bodyId()).isPresent()) {
                continue;
            }
            try {
                commands.sendAndWait(new EstablishBody(body.bodyId(), body.kind(), body.name(), body.partyGroups(),
                        body.members(), Caller.system("meeting")));
                planted.add(body.bodyId());
            } catch (AggregateStreamCreationException e) {
                // another instance planted it at the same moment
                log.info("Seed body {} was established meanwhile; left as it is", body.bodyId());
            }
        }
        return planted;
    }

    private SeedFile read() {
        try (InputStream in = location.getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed bodies at " + location, e);
        }
    }

    /** The seed file: the bodies to plant. */
    record SeedFile(List<SeedBody> bodies) {
    }

    /** One body as the seed file gives it. */
    record SeedBody(String bodyId, DecidingBody kind, String name, List<String> partyGroups, List<Member> members) {
    }
}
