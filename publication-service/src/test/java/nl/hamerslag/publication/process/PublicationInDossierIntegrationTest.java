package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.platform.audit.AuditTrail;
import nl.hamerslag.platform.audit.AuditedDossier;
import nl.hamerslag.platform.audit.AuditedEvent;
import nl.hamerslag.platform.audit.AuditedStream;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publication belongs to the dossier of the proposal it comes from: its events name the proposal in
 * their source (not at the top, where the audit log looked first), and the auditor's
 * {@code /audit/dossiers/{proposalId}} of publication holds its stream from the candidate on.
 */
@PublicationIntegrationTest
class PublicationInDossierIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    AuditTrail trail;

    @Test
    void aDecisionsPublicationIsInTheDossierOfItsProposalFromTheCandidateOn() {
        PublicationApi api = new PublicationApi(port, kafka);
        ContentHash original = LocalDocumentOwner.put(TestPdfs.withMetadata("Besluit " + UUID.randomUUID()));
        ProposalId proposal = api.submitted(Confidentiality.OPENBAAR, original, "besluit.pdf");
        DecisionTaken decision = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.OPENBAAR, original);
        String publicationId = PublicationApi.publicationId("decision", decision.decisionId());

        api.publish(Topics.MEETING, decision);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Optional<AuditedDossier> dossier = trail.dossier(proposal.value());
            assertThat(dossier).as("publication knows the proposal's dossier").isPresent();
            assertThat(dossier.get().streams()).extracting(AuditedStream::aggregateId).containsExactly(publicationId);
            assertThat(dossier.get().streams().get(0).events()).extracting(AuditedEvent::type)
                    .startsWith("CandidateRegistered").contains("PublicationPublished");
        });
    }
}
