package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.meeting.query.meetingpackage.TestPdfs;
import nl.hamerslag.meeting.support.InMemoryPackageDocuments;
import nl.hamerslag.meeting.support.MeetingIntegrationTest;
import nl.hamerslag.meeting.support.PackageMeetingFixture;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input harness (ADR 0022) handed real package ids, so that it reaches past the 404s of
 * the package and decision-list operations: each gets a meeting of its own with a published agenda
 * and a compiled version 1. Only these operations: {@code HostileInputTest} attacks every operation of
 * the service (these too, and the probes), so sending the others again here was nine tenths of this
 * test's requests and checked nothing that test does not.
 */
@MeetingIntegrationTest
class PackageHostileInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PackageMeetingFixture meetings;
    @Autowired
    InMemoryPackageDocuments drafting;

    @Test
    void noHostileInputOnThePackageIsAServerErrorOrStoredWhenRefused() {
        HostileReport report = HostileInputHarness.against("meeting-service", port, jdbc)
                .bearer(EveryRoleToken.bearer())
                .only(PackageHostileInputTest::aboutThePackage)
                .knownValues(this::compiledPackageFor)
                .run();

        report.assertNoFindings();
    }

    private static boolean aboutThePackage(ApiOperation operation) {
        return !operation.probe() && (operation.path().startsWith("/api/meetings/{id}/package")
                || operation.path().equals("/api/meetings/{id}/decision-list.pdf"));
    }

    private Map<String, String> compiledPackageFor(ApiOperation operation) {
        String meetingId = UUID.randomUUID().toString();
        byte[] pdf = TestPdfs.pdf("Voorstel " + meetingId, 2);
        drafting.put(pdf);
        meetings.planAndPublish(meetingId, DecidingBody.COLLEGE, List.of(new AgendaEntry("item-1", 1,
                AgendaItemKind.PROPOSAL, "Herinrichting Marktplein", ProposalId.newId(), AgendaItemType.HAMMER_ITEM, false,
                Confidentiality.OPENBAAR, List.of(TestPdfs.entry("main-1", "Voorstel.pdf", "application/pdf", pdf)))));
        ApiResponse compiled = new ApiClient("http://localhost:" + port).post("/api/meetings/" + meetingId + "/package",
                null, "Authorization", TestTokens.bearer(Role.SECRETARIAT));
        assertThat(compiled.status()).as(compiled.toString()).isEqualTo(201);
        return Map.of("id", meetingId, "version", "1");
    }
}
