package nl.hamerslag.followup;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.followup.command.OpenFollowUpItem;
import nl.hamerslag.followup.command.ProposeSettlement;
import nl.hamerslag.followup.command.SettlementDocument;
import nl.hamerslag.followup.command.StartItem;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of follow-up's OpenAPI document with hostile values (ADR 0022): no 5xx, every error
 * problem+json, nothing stored by a refusal. Each operation on an item gets an item of its own (a
 * commitment about no proposal, which every internal role may see); the accept and reject operations
 * get one whose settlement someone else proposed, so that they reach past the 409.
 */
@FollowupIntegrationTest
class HostileInputTest {

    private static final Caller SECRETARIAT = Caller.of("bas.bestuurssecretariaat", "Bas", Set.of(Role.SECRETARIAT),
            "Bestuurszaken");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;

    @Test
    void noHostileInputIsAServerErrorOrStoredWhenRefused() {
        HostileReport report = HostileInputHarness.against("followup-service", port, jdbc)
                .bearer(EveryRoleToken.bearer())
                .knownValues(this::itemFor)
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(200);
    }

    private Map<String, String> itemFor(ApiOperation operation) {
        Map<String, String> known = new HashMap<>(Map.of("list", "commitments"));
        if (operation.probe() || !operation.path().contains("{id}")) {
            return known;
        }
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenFollowUpItem(id, FollowUpKind.COMMITMENT, "meeting-hostile", null, "c-" + id, null,
                null, "De wethouder komt erop terug", "wim.wethouder", "Ruimte", LocalDate.now().plusMonths(2),
                Caller.system("followup")));
        if (operation.path().contains("/settlement")) {
            commands.sendAndWait(new StartItem(id, SECRETARIAT));
            commands.sendAndWait(new ProposeSettlement(id, new SettlementDocument("brief.pdf", "application/pdf", 10,
                    "b".repeat(64)), SECRETARIAT));
        }
        known.put("id", id);
        return known;
    }
}
