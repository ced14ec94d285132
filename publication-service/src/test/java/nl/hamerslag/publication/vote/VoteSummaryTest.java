package nl.hamerslag.publication.vote;

import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of a vote's publication says what the ORI projection reads back from it, and nothing is lost between. */
class VoteSummaryTest {

    @Test
    void whatIsWrittenIsReadBackWholeEvenAGroupWhoseNameHoldsAColon() {
        VoteSummary vote = new VoteSummary(5, "Herinrichting Stationsplein", VoteSubject.AMENDMENT, false,
                VoteResult.ADOPTED, 3, 2, List.of(new GroupResult("VVD", 2, 0), new GroupResult("Lijst: Stad", 1, 2)),
                List.of("Jan Jansen", "Els de Vries", "Ali Yilmaz"), List.of("Piet Bakker", "Sara Smit"));

        assertThat(vote.text()).isEqualTo("""
                Agendapunt 5. Herinrichting Stationsplein
                Stemming over een amendement
                Uitslag: aangenomen met 3 stemmen voor en 2 tegen
                Fractie VVD: 2 voor, 0 tegen
                Fractie Lijst: Stad: 1 voor, 2 tegen
                Voor: Jan Jansen; Els de Vries; Ali Yilmaz
                Tegen: Piet Bakker; Sara Smit""");
        assertThat(VoteSummary.read(vote.text())).contains(vote);
        assertThat(vote.title()).isEqualTo("Stemming over een amendement bij agendapunt 5, Herinrichting Stationsplein: aangenomen");
    }

    @Test
    void anAdoptionWithoutAVoteAndATieOnNoAgendaItemAreReadBack() {
        VoteSummary without = new VoteSummary(2, "Verordening", VoteSubject.PROPOSAL, true, VoteResult.ADOPTED, 24, 1,
                List.of(new GroupResult("D66", 10, 1)), List.of(), List.of());
        VoteSummary tie = new VoteSummary(null, null, VoteSubject.MOTION, false, VoteResult.TIED, 2, 2, List.of(),
                List.of("A", "B"), List.of("C", "D"));

        assertThat(without.text()).contains("Zonder stemming aangenomen; 1 leden lieten aantekenen dat zij tegen waren");
        assertThat(VoteSummary.read(without.text())).contains(without);
        assertThat(VoteSummary.read(tie.text())).contains(tie);
        assertThat(tie.text()).startsWith("Stemming over een motie\nUitslag: staking van stemmen met 2 stemmen voor en 2 tegen");
    }

    @Test
    void aTextThatGivesNoResultIsNoVoteAndALineAddedByACorrectionIsLeftAlone() {
        assertThat(VoteSummary.read("1. Opening\n2. Marktplein")).isEmpty();
        assertThat(VoteSummary.read(null)).isEmpty();
        VoteSummary vote = new VoteSummary(3, "Begroting", VoteSubject.PROPOSAL, false, VoteResult.REJECTED, 1, 2,
                List.of(new GroupResult("SP", 1, 2)), List.of("A"), List.of("B", "C"));

        assertThat(VoteSummary.read(vote.text() + "\nHerstel: de naam van een raadslid was verkeerd gespeld."))
                .contains(vote);
    }
}
