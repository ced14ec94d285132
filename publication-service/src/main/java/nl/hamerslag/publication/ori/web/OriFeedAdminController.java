package nl.hamerslag.publication.ori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.ori.OriFeedRebuild;
import nl.hamerslag.publication.ori.OriStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ORI feed's rebuild for operators. Not one of the platform's projection rebuilds (/api/admin/projections):
 * those swap in rows that mean what the old ones meant, while a rebuilt feed hands out its sequence numbers
 * anew, so its readers must start over from the snapshot, which the raised epoch tells them (ADR 0039).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "ORI-beheer", description = "Beheer van de ORI-publicatiefeed. Alleen de rol ADMIN.")
class OriFeedAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(OriFeedAdminController.class);

    private final OriFeedRebuild rebuild;
    private final OriStore store;
    private final AtomicBoolean running = new AtomicBoolean();

    OriFeedAdminController(OriFeedRebuild rebuild, OriStore store) {
        this.rebuild = rebuild;
        this.store = store;
    }

    @Schema(description = "De herbouwde feed")
    record Rebuilt(@Schema(description = "Het nieuwe tijdperk (epoch); lezers beginnen opnieuw bij de snapshot") int epoch,
                   @Schema(description = "Het hoogste volgnummer van de nieuwe feed") long head,
                   @Schema(description = "Hoe lang het herbouwen duurde, in milliseconden") long tookMillis) {
    }

    @PostMapping("/api/admin/ori-feed/rebuild")
    @Operation(summary = "De ORI-feed opnieuw opbouwen",
            description = "Leegt de ORI-tabellen en speelt alle gebeurtenissen van publicatie opnieuw af, in één transactie: "
                    + "lezers zien tot het eind de oude feed, daarna de nieuwe. Het tijdperk (epoch) gaat één omhoog, "
                    + "zodat afnemers weten dat ze opnieuw moeten beginnen bij de snapshot; een cursor van vóór de "
                    + "herbouw krijgt 409. Het antwoord komt als de herbouw klaar is.")
    @ApiResponse(responseCode = "200", description = "Herbouwd")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    @ApiResponse(responseCode = "409", description = "Er loopt al een herbouw; er is niets gestart")
    Rebuilt rebuild(Caller caller) {
        if (!running.compareAndSet(false, true)) {
            throw new OriFeedRebuilding();
        }
        try {
            long started = System.nanoTime();
            LOG.info("ORI feed rebuild started by {}", caller.subject());
            int epoch = rebuild.rebuild();
            Rebuilt rebuilt = new Rebuilt(epoch, store.head(), (System.nanoTime() - started) / 1_000_000);
            LOG.info("ORI feed rebuilt by {}: epoch {}, head {}, {} ms", caller.subject(), epoch, rebuilt.head(),
                    rebuilt.tookMillis());
            return rebuilt;
        } finally {
            running.set(false);
        }
    }
}
