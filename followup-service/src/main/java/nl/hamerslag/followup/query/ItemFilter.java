package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.followup.FollowUpKind;

import java.time.LocalDate;

/**
 * What an overview asks for; every field null means "any".
 *
 * @param overdue      only items that are (true) or are not (false) overdue
 * @param dueIn        only items whose deadline falls in this month (the first day of it), not settled
 */
public record ItemFilter(String portfolioHolder, String department, FollowUpKind kind, String state, Boolean overdue,
                         LocalDate dueIn) {

    public static ItemFilter ofKind(FollowUpKind kind) {
        return new ItemFilter(null, null, kind, null, null, null);
    }
}
