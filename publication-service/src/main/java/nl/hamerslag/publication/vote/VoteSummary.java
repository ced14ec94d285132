package nl.hamerslag.publication.vote;

import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vote (stemming) as the public reads it: the text of a VOTE publication, one fact a line, and the same
 * text read back by the ORI projection (Stemming, StemresultaatPerFractie, Fractie). Writing and reading
 * live here together so the two cannot drift; a line the reader does not know (an editor's correction
 * may add one) is left alone.
 *
 * <pre>
 * Agendapunt 5. Herinrichting Stationsplein
 * Stemming over het voorstel
 * Uitslag: aangenomen met 20 stemmen voor en 5 tegen
 * Fractie VVD: 5 voor, 0 tegen
 * Voor: Jan Jansen; Els de Vries
 * Tegen: Piet Bakker
 * </pre>
 *
 * @param agendaNumber the agenda item's number (agendapuntnummer); null when the vote is on no agenda item
 * @param namesFor     the members who voted FOR by name; empty for an adoption without a vote
 */
public record VoteSummary(Integer agendaNumber, String agendaTitle, VoteSubject subject, boolean withoutVote,
                          VoteResult result, int votesFor, int votesAgainst, List<GroupResult> perGroup,
                          List<String> namesFor, List<String> namesAgainst) {

    private static final Pattern AGENDA = Pattern.compile("Agendapunt (\\d{1,3})\\. (.*)");
    private static final Pattern RESULT = Pattern.compile("Uitslag: (aangenomen|verworpen|staking van stemmen) met (\\d{1,4}) stemmen voor en (\\d{1,4}) tegen");
    // greedy: a party group's name may itself hold ": "
    private static final Pattern GROUP = Pattern.compile("Fractie (.+): (\\d{1,4}) voor, (\\d{1,4}) tegen");
    private static final String WITHOUT_VOTE = "Zonder stemming aangenomen";
    private static final String NAMES_SEPARATOR = "; ";

    public VoteSummary {
        perGroup = List.copyOf(perGroup);
        namesFor = List.copyOf(namesFor);
        namesAgainst = List.copyOf(namesAgainst);
    }

    /** The publication's text. */
    public String text() {
        StringJoiner text = new StringJoiner("\n");
        if (agendaNumber != null) {
            text.add("Agendapunt " + agendaNumber + ". " + (agendaTitle == null ? "" : agendaTitle.replace('\n', ' ')));
        }
        text.add("Stemming over " + about(subject));
        text.add("Uitslag: " + outcome(result) + " met " + votesFor + " stemmen voor en " + votesAgainst + " tegen");
        if (withoutVote) {
            text.add(WITHOUT_VOTE + (votesAgainst == 0 ? "" : "; " + votesAgainst + " leden lieten aantekenen dat zij tegen waren"));
        }
        perGroup.forEach(group -> text.add("Fractie " + group.partyGroup().replace('\n', ' ') + ": " + group.votesFor()
                + " voor, " + group.votesAgainst() + " tegen"));
        if (!namesFor.isEmpty()) {
            text.add("Voor: " + String.join(NAMES_SEPARATOR, namesFor));
        }
        if (!namesAgainst.isEmpty()) {
            text.add("Tegen: " + String.join(NAMES_SEPARATOR, namesAgainst));
        }
        return text.toString();
    }

    /** The publication's title: what was voted on and how it ended. */
    public String title() {
        String item = agendaNumber == null ? "" : " bij agendapunt " + agendaNumber
                + (agendaTitle == null || agendaTitle.isBlank() ? "" : ", " + agendaTitle.replace('\n', ' '));
        return "Stemming over " + about(subject) + item + ": " + outcome(result);
    }

    /** The vote a publication's text describes; empty when the text says no result (it is not a vote's text). */
    public static Optional<VoteSummary> read(String text) {
        Integer number = null;
        String title = null;
        VoteResult result = null;
        int votesFor = 0;
        int votesAgainst = 0;
        boolean withoutVote = false;
        VoteSubject subject = null;
        List<GroupResult> groups = new ArrayList<>();
        List<String> namesFor = List.of();
        List<String> namesAgainst = List.of();
        for (String line : text == null ? new String[0] : text.split("\n")) {
            Matcher agenda = AGENDA.matcher(line);
            Matcher outcome = RESULT.matcher(line);
            Matcher group = GROUP.matcher(line);
            if (agenda.matches()) {
                number = Integer.valueOf(agenda.group(1));
                title = agenda.group(2);
            } else if (outcome.matches()) {
                result = result(outcome.group(1));
                votesFor = Integer.parseInt(outcome.group(2));
                votesAgainst = Integer.parseInt(outcome.group(3));
            } else if (line.startsWith("Stemming over ")) {
                subject = subject(line.substring("Stemming over ".length()));
            } else if (line.startsWith(WITHOUT_VOTE)) {
                withoutVote = true;
            } else if (group.matches()) {
                groups.add(new GroupResult(group.group(1), Integer.parseInt(group.group(2)), Integer.parseInt(group.group(3))));
            } else if (line.startsWith("Voor: ")) {
                namesFor = List.of(line.substring(6).split(NAMES_SEPARATOR));
            } else if (line.startsWith("Tegen: ")) {
                namesAgainst = List.of(line.substring(7).split(NAMES_SEPARATOR));
            }
        }
        if (result == null) {
            return Optional.empty();
        }
        return Optional.of(new VoteSummary(number, title, subject, withoutVote, result, votesFor, votesAgainst, groups,
                namesFor, namesAgainst));
    }

    private static String about(VoteSubject subject) {
        if (subject == null) {
            return "het voorstel";
        }
        return switch (subject) {
            case PROPOSAL -> "het voorstel";
            case AMENDMENT -> "een amendement";
            case MOTION -> "een motie";
        };
    }

    private static VoteSubject subject(String about) {
        return switch (about) {
            case "een amendement" -> VoteSubject.AMENDMENT;
            case "een motie" -> VoteSubject.MOTION;
            default -> VoteSubject.PROPOSAL;
        };
    }

    private static String outcome(VoteResult result) {
        return switch (result) {
            case ADOPTED -> "aangenomen";
            case REJECTED -> "verworpen";
            case TIED -> "staking van stemmen";
        };
    }

    private static VoteResult result(String outcome) {
        return switch (outcome) {
            case "aangenomen" -> VoteResult.ADOPTED;
            case "verworpen" -> VoteResult.REJECTED;
            default -> VoteResult.TIED;
        };
    }
}
