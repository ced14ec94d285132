package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.AgendaItemKind;

/** The usual Dutch titles of the items every meeting has. */
final class StandingItems {

    private StandingItems() {
    }

    static String usualTitle(AgendaItemKind kind) {
        return switch (kind) {
            case OPENING -> "Opening";
            case ANNOUNCEMENTS -> "Mededelingen";
            case PREVIOUS_DECISION_LIST -> "Vaststellen besluitenlijst vorige vergadering";
            case INCOMING_DOCUMENTS -> "Ingekomen stukken";
            case CLOSING -> "Sluiting";
            case PROPOSAL -> "Voorstel";
        };
    }

    static String usualDecisionText(nl.hamerslag.contracts.meeting.DecisionOutcome outcome) {
        return switch (outcome) {
            case AS_PROPOSED -> "Conform voorstel besloten.";
            case AMENDED -> "Gewijzigd besloten.";
            case POSTPONED -> "Aangehouden.";
            case REJECTED -> "Verworpen.";
            case WITHDRAWN -> "Teruggetrokken.";
        };
    }
}
