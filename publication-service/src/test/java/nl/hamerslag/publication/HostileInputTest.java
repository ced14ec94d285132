package nl.hamerslag.publication;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.PublishNow;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.zgw.ZgwKnownValues;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of publication's OpenAPI document with hostile values (ADR 0022): no 5xx, every error
 * problem+json, nothing stored by a refusal. Each operation on a publication gets one of its own, in the
 * state that lets the operation reach past its 409: published for withdraw and correct, not openbaar for
 * the redacted version, an openbaar candidate for the rest. The ZGW endpoints get a decision with a document
 * that came the real way, so their ids reach past the 404s.
 */
@PublicationIntegrationTest
class HostileInputTest {

    private static final Caller EDITOR = Caller.of("eva.eindredacteur", "Eva", Set.of(Role.FINAL_EDITOR), "Communicatie")
            .actingAs(Role.FINAL_EDITOR);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    ZgwKnownValues zgw;

    @Test
    void noHostileInputIsAServerErrorOrStoredWhenRefused() {
        zgw = ZgwKnownValues.decisionTaken(port, kafka);
        HostileReport report = HostileInputHarness.against("publication-service", port, jdbc)
                .bearer(EveryRoleToken.bearer())
                .knownValues(this::publicationFor)
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(100);
    }

    private Map<String, String> publicationFor(ApiOperation operation) {
        Map<String, String> known = new HashMap<>();
        if (!operation.probe() && operation.path().startsWith("/zgw/")) {
            // hostile.tester is a ZGW application in the tests' configuration, so the harness reaches past the 403
            return zgw.known(operation.path());
        }
        if (operation.probe() || !operation.path().contains("{id}")) {
            return known;
        }
        String id = UUID.randomUUID().toString();
        boolean redacted = operation.path().endsWith("/redacted");
        commands.sendAndWait(new RegisterCandidate(id, new CandidateContent(PublicationKind.AGENDA,
                new PublicationSource("meeting-" + id, null, null, null), DecidingBody.COUNCIL, LocalDate.now(),
                "Agenda gemeenteraad", "1. Opening", redacted ? Confidentiality.BEPERKT_OPENBAAR : Confidentiality.OPENBAAR,
                "https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3",
                "https://identifier.overheid.nl/tooi/id/gemeente/gm0344", List.of()), PublicationMode.EDITOR,
                Caller.system("publication")));
        if (operation.path().endsWith("/withdraw") || operation.path().endsWith("/correct")) {
            commands.sendAndWait(new PublishNow(id, EDITOR));
        }
        known.put("id", id);
        if (redacted) {
            known.put("redactions", "[{\"document\":\"voorstel.pdf\",\"page\":1,\"ground\":\"5.1.2e\","
                    + "\"description\":\"naam van een omwonende\"}]");
        }
        return known;
    }
}
