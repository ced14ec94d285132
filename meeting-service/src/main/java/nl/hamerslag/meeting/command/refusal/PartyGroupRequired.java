package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A seat in the council or a committee is held for a party group (fractie). */
public class PartyGroupRequired extends RuleViolation {
    public PartyGroupRequired(String bodyId, String memberId) {
        super(Kind.UNPROCESSABLE, "Member " + memberId + " holds a seat in body " + bodyId + " and so belongs to a party group (fractie); name its partyGroup, one formed with POST " + "/api/meetings/bodies/" + bodyId + "/party-groups.");
    }
}
