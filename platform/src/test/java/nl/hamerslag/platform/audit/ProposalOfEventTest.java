package nl.hamerslag.platform.audit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which proposal a stored payload ties its stream to: the places events name their proposal. */
class ProposalOfEventTest {

    private static final UUID PROPOSAL = UUID.fromString("0b6b5c0e-5d0e-4a57-9a55-1f3c1d7e2a10");

    private final ProposalOfEvent proposals = new ProposalOfEvent(JsonMapper.builder().build());

    private Optional<UUID> of(String json) {
        return proposals.of(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEventAboutAProposalNamesItAtTheTop() {
        assertThat(of("{\"proposalId\":\"" + PROPOSAL + "\",\"title\":\"x\"}")).contains(PROPOSAL);
    }

    @Test
    void aPublicationEventNamesItInItsSource() {
        assertThat(of("{\"publicationId\":\"p\",\"kind\":\"DECISION\",\"source\":{\"meetingId\":\"m\",\"decisionId\":\"d\","
                + "\"proposalId\":\"" + PROPOSAL + "\",\"itemId\":null}}")).contains(PROPOSAL);
    }

    @Test
    void aPublicationCandidateNamesItInItsContentsSource() {
        assertThat(of("{\"publicationId\":\"p\",\"content\":{\"kind\":\"DECISION\",\"source\":{\"meetingId\":\"m\","
                + "\"proposalId\":\"" + PROPOSAL + "\"}},\"mode\":\"AT_ONCE\"}")).contains(PROPOSAL);
    }

    @Test
    void aPublicationOfNoProposalTiesItsStreamToNone() {
        assertThat(of("{\"publicationId\":\"p\",\"source\":{\"meetingId\":\"m\",\"proposalId\":null}}")).isEmpty();
    }

    @Test
    void anAgendaThatNamesProposalsDeeperBelongsToNoneOfThem() {
        assertThat(of("{\"meetingId\":\"m\",\"entries\":[{\"proposalId\":\"" + PROPOSAL + "\"}]}")).isEmpty();
    }

    @Test
    void aFieldOfThatNameThatIsNoProposalIdTiesNothing() {
        assertThat(of("{\"proposalId\":\"not-a-uuid\"}")).isEmpty();
        assertThat(of("[\"" + PROPOSAL + "\"]")).isEmpty();
    }
}
