package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.meeting.command.refusal.ReasonRequired;
import nl.hamerslag.meeting.command.refusal.TextTooLong;

import java.util.Collection;
import java.util.List;

/**
 * How large a meeting may grow, so that every event it causes fits half a Kafka record (ADR 0026):
 * AgendaChanged carries the whole agenda with every document of every item, so an agenda holds at
 * most {@value #ITEMS} items and {@value #DOCUMENTS} documents (drafting's ceiling of attachments for
 * one proposal), which MeetingSizeTest proves fits with every text at its worst. The request records
 * validate the same limits for a 400 that names the field; the aggregate checks them again because
 * every change passes it.
 */
public final class MeetingLimits {

    public static final int TITLE = 200;
    public static final int PLACE = 200;
    public static final int REASON = 2000;
    public static final int DECISION_TEXT = 10_000;
    public static final int FOLLOW_UPS = 20;
    public static final int FOLLOW_UP_DESCRIPTION = 2000;
    public static final int NAME = 200;
    public static final int ID = 64;
    public static final int MEMBERS = 200;
    public static final int ITEMS = 50;
    public static final int DOCUMENTS = 120;

    private MeetingLimits() {
    }

    static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new TextTooLong(field, stripped.length(), max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    static String required(String action, String reason) {
        String stripped = text("reason", reason, REASON);
        if (stripped == null) {
            throw new ReasonRequired(action);
        }
        return stripped;
    }

    static void size(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new TextTooLong(field, values.size(), max);
        }
    }

    static List<FollowUpAction> followUps(List<FollowUpAction> actions) {
        size("followUpActions", actions, FOLLOW_UPS);
        return actions.stream().map(a -> new FollowUpAction(
                text("followUpActions.description", a.description(), FOLLOW_UP_DESCRIPTION),
                text("followUpActions.portfolioHolder", a.portfolioHolder(), NAME),
                text("followUpActions.department", a.department(), NAME), a.deadline())).toList();
    }

    static void check(PlanMeeting plan) {
        text("bodyName", plan.bodyName(), NAME);
        text("place", plan.place(), PLACE);
        size("members", plan.members(), MEMBERS);
    }
}
