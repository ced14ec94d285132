package nl.hamerslag.meeting.query.decisionlistpdf;

import nl.hamerslag.contracts.meeting.DecisionOutcome;

/**
 * One decision as the decision list (besluitenlijst) shows it.
 *
 * @param itemNumber  the agenda item's number, or null when the agenda no longer names it
 * @param amendedText the amended text when the outcome is AMENDED; otherwise null
 */
public record DecisionListPdfLine(Integer itemNumber, String title, DecisionOutcome outcome, String decisionText,
                                  String amendedText) {
}
