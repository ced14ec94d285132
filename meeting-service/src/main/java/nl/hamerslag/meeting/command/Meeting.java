package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.MeetingPlanned;
import nl.hamerslag.meeting.command.refusal.AgendaNotPublished;
import nl.hamerslag.meeting.command.refusal.MeetingNotOpen;
import nl.hamerslag.meeting.command.refusal.NotAMember;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Vergadering: one meeting of one body. Guards its agenda, its attendance and everything decided
 * in it; the council's instruments (votes, motions, amendments, commitments) are kept by its floor.
 */
@Aggregate
public class Meeting {

    @AggregateIdentifier
    private String id;
    private DecidingBody body;
    private LocalDate date;
    private MeetingState state;
    private Composition composition;
    private Attendance attendance;
    @AggregateMember
    private Floor floor;

    protected Meeting() {
    }

    @CommandHandler
    public Meeting(PlanMeeting command) {
        apply(new MeetingPlanned(command.meetingId(), command.bodyId(), command.body(), command.bodyName(),
                command.date(), command.startsAt(), command.place(), command.closedPart()));
        apply(new MeetingComposed(command.meetingId(), command.members()));
    }

    @CommandHandler
    public void handle(OpenMeeting command) {
        if (state != MeetingState.AGENDA_PUBLISHED) {
            throw new AgendaNotPublished(id, state);
        }
        apply(new MeetingOpened(id, command.at()));
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        if (state != MeetingState.OPENED) {
            throw new MeetingNotOpen(id, state);
        }
        composition.member(command.memberId()).orElseThrow(() -> new NotAMember(id, command.memberId()));
        if (attendance.of(command.memberId()) != command.presence()) {
            apply(new AttendanceRecorded(id, command.memberId(), command.presence(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(MeetingPlanned event) {
        id = event.meetingId();
        body = event.body();
        date = event.date();
        state = MeetingState.PLANNED;
    }

    @EventSourcingHandler
    void on(MeetingComposed event) {
        composition = new Composition(event.members());
        attendance = new Attendance(composition);
        floor = new Floor(id, body, date, composition, attendance);
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        state = MeetingState.OPENED;
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendance.record(event.memberId(), event.presence());
    }
}
