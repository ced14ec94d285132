package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.meeting.AmendmentDecided;
import nl.hamerslag.contracts.meeting.CommitmentMade;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.InstrumentOutcome;
import nl.hamerslag.contracts.meeting.MeetingCancelled;
import nl.hamerslag.contracts.meeting.MeetingClosed;
import nl.hamerslag.contracts.meeting.MotionDecided;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.meeting.command.refusal.AmendmentNeedsAProposal;
import nl.hamerslag.meeting.command.refusal.AmendmentsAreVotedFirst;
import nl.hamerslag.meeting.command.refusal.DeadlineBeforeMeeting;
import nl.hamerslag.meeting.command.refusal.DecisionContradictsVote;
import nl.hamerslag.meeting.command.refusal.InstrumentNotPending;
import nl.hamerslag.meeting.command.refusal.MeetingNotOpen;
import nl.hamerslag.meeting.command.refusal.NoSuchAmendment;
import nl.hamerslag.meeting.command.refusal.NoSuchMotion;
import nl.hamerslag.meeting.command.refusal.NotAMember;
import nl.hamerslag.meeting.command.refusal.NotASeatHolder;
import nl.hamerslag.meeting.command.refusal.NotPresent;
import nl.hamerslag.meeting.command.refusal.NotTheRecorder;
import nl.hamerslag.meeting.command.refusal.OnlyTheCollegeCommits;
import nl.hamerslag.meeting.command.refusal.SubmitterRequired;
import nl.hamerslag.meeting.command.refusal.VoteAlreadyHeld;
import nl.hamerslag.meeting.command.refusal.VoteSubjectIncomplete;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The floor of a meeting: the council's instruments, kept as a member entity of the {@link Meeting}.
 * Votes (stemmingen), amendments (amendementen), motions (moties) and commitments (toezeggingen) are
 * recorded while the meeting is open, by the griffie in the council and its committees and by the
 * secretariat in the college; they are about the members the meeting was planned with and who is present.
 */
public class Floor {

    private final String meetingId;
    private final DecidingBody body;
    private final LocalDate date;
    private final Composition composition;
    private final Attendance attendance;
    /** PLANNED stands for every state before opening: the floor has nothing to record until then. */
    private MeetingState state = MeetingState.PLANNED;
    private final Map<String, VoteResult> proposalVotes = new HashMap<>();
    private final Map<String, Instrument> amendments = new LinkedHashMap<>();
    private final Map<String, Instrument> motions = new LinkedHashMap<>();

    Floor(String meetingId, DecidingBody body, LocalDate date, Composition composition, Attendance attendance) {
        this.meetingId = meetingId;
        this.body = body;
        this.date = date;
        this.composition = composition;
        this.attendance = attendance;
    }

    /** Who records what happens in a meeting of this kind of body: the griffie, or in the college the secretariat. */
    public static Role recorder(DecidingBody body) {
        return body == DecidingBody.COLLEGE ? Role.SECRETARIAT : Role.CLERK;
    }

    @CommandHandler
    void handle(HoldVote command) {
        VoteTarget target = voteTarget(command.target(), command.caller());
        held(new VoteCount(meetingId, composition, attendance)
                .count(command.voteId(), target, command.ballots(), command.notParticipating()));
    }

    @CommandHandler
    void handle(AdoptWithoutVote command) {
        VoteTarget target = voteTarget(command.target(), command.caller());
        held(new VoteCount(meetingId, composition, attendance)
                .withoutVote(command.voteId(), target, command.recordedAgainst(), command.notParticipating()));
    }

    @CommandHandler
    void handle(SubmitAmendment command) {
        recording(command.caller());
        if (command.agendaItemId() == null || command.proposalId() == null) {
            throw new AmendmentNeedsAProposal();
        }
        requireSubmitters("amendment", command.submitters(), command.coSigners());
        apply(new AmendmentSubmitted(meetingId, command.amendmentId(), command.agendaItemId(), command.proposalId(),
                command.title(), command.text(), command.submitters(), command.coSigners()));
    }

    @CommandHandler
    void handle(SubmitMotion command) {
        recording(command.caller());
        requireSubmitters("motion", command.submitters(), command.coSigners());
        apply(new MotionSubmitted(meetingId, command.motionId(), command.agendaItemId(),
                command.agendaItemId() == null ? null : command.proposalId(),
                command.title(), command.text(), command.submitters(), command.coSigners()));
    }

    @CommandHandler
    void handle(WithdrawAmendment command) {
        recording(command.caller());
        amendmentDecided(pendingAmendment(command.amendmentId()), InstrumentOutcome.WITHDRAWN, null);
    }

    @CommandHandler
    void handle(HoldAmendment command) {
        recording(command.caller());
        amendmentDecided(pendingAmendment(command.amendmentId()), InstrumentOutcome.HELD, null);
    }

    @CommandHandler
    void handle(WithdrawMotion command) {
        recording(command.caller());
        motionDecided(pendingMotion(command.motionId()), InstrumentOutcome.WITHDRAWN, null);
    }

    @CommandHandler
    void handle(HoldMotion command) {
        recording(command.caller());
        motionDecided(pendingMotion(command.motionId()), InstrumentOutcome.HELD, null);
    }

    @CommandHandler
    void handle(MakeCommitment command) {
        recording(command.caller());
        Member by = composition.member(command.madeBy())
                .orElseThrow(() -> new NotAMember(meetingId, command.madeBy()));
        if (by.function() != MemberFunction.ALDERMAN && by.function() != MemberFunction.MAYOR) {
            throw new OnlyTheCollegeCommits(meetingId, by.memberId());
        }
        if (!attendance.isPresent(by.memberId())) {
            throw new NotPresent(meetingId, by.memberId());
        }
        if (command.deadline().isBefore(date)) {
            throw new DeadlineBeforeMeeting(command.deadline(), date);
        }
        apply(new CommitmentMade(meetingId, command.commitmentId(),
                command.agendaItemId() == null ? null : command.proposalId(), command.agendaItemId(), command.text(),
                by.memberId(), command.portfolioHolder() == null ? by.name() : command.portfolioHolder(),
                command.madeTo(), command.deadline()));
    }

    /**
     * May the agenda item now be decided with this outcome? Not while an amendment to it is pending
     * (amendments are voted before the proposal), and not against the vote on its proposal: ADOPTED is
     * decided AS_PROPOSED or AMENDED, REJECTED as REJECTED, a tie (TIED) is POSTPONED to the next meeting.
     */
    void requireReadyForDecision(String agendaItemId, DecisionOutcome outcome) {
        List<String> pending = pendingAmendments(agendaItemId);
        if (!pending.isEmpty()) {
            throw new AmendmentsAreVotedFirst(meetingId, agendaItemId, pending);
        }
        VoteResult result = proposalVotes.get(agendaItemId);
        if (result == null) {
            return;
        }
        Set<DecisionOutcome> allowed = switch (result) {
            case ADOPTED -> EnumSet.of(DecisionOutcome.AS_PROPOSED, DecisionOutcome.AMENDED);
            case REJECTED -> EnumSet.of(DecisionOutcome.REJECTED);
            case TIED -> EnumSet.of(DecisionOutcome.POSTPONED);
        };
        if (!allowed.contains(outcome)) {
            throw new DecisionContradictsVote(agendaItemId, result, outcome, allowed);
        }
    }

    private VoteTarget voteTarget(VoteTarget asked, Caller caller) {
        recording(caller);
        if (asked.subject() == null) {
            throw new VoteSubjectIncomplete(VoteSubject.PROPOSAL, "subject: PROPOSAL, AMENDMENT or MOTION");
        }
        return switch (asked.subject()) {
            case PROPOSAL -> {
                if (asked.agendaItemId() == null || asked.proposalId() == null) {
                    throw new VoteSubjectIncomplete(VoteSubject.PROPOSAL, "agendaItemId and proposalId");
                }
                if (proposalVotes.containsKey(asked.agendaItemId())) {
                    throw new VoteAlreadyHeld(meetingId, asked.agendaItemId());
                }
                List<String> pending = pendingAmendments(asked.agendaItemId());
                if (!pending.isEmpty()) {
                    throw new AmendmentsAreVotedFirst(meetingId, asked.agendaItemId(), pending);
                }
                yield new VoteTarget(VoteSubject.PROPOSAL, asked.proposalId().toString(), asked.agendaItemId(),
                        asked.proposalId());
            }
            case AMENDMENT -> instrumentTarget(asked, pendingAmendment(required(asked)));
            case MOTION -> instrumentTarget(asked, pendingMotion(required(asked)));
        };
    }

    private static String required(VoteTarget asked) {
        if (asked.subjectId() == null) {
            throw new VoteSubjectIncomplete(asked.subject(), "subjectId (the id of the " + asked.subject() + ")");
        }
        return asked.subjectId();
    }

    private static VoteTarget instrumentTarget(VoteTarget asked, Instrument instrument) {
        return new VoteTarget(asked.subject(), instrument.id(), instrument.agendaItemId(), instrument.proposalId());
    }

    /** The vote, and the amendment or motion it decides; a tie holds that for the next meeting. */
    private void held(VoteHeld vote) {
        apply(vote);
        if (vote.subject() == VoteSubject.PROPOSAL) {
            return;
        }
        InstrumentOutcome outcome = switch (vote.result()) {
            case ADOPTED -> InstrumentOutcome.ADOPTED;
            case REJECTED -> InstrumentOutcome.REJECTED;
            case TIED -> InstrumentOutcome.HELD;
        };
        if (vote.subject() == VoteSubject.AMENDMENT) {
            amendmentDecided(amendments.get(vote.subjectId()), outcome, vote.voteId());
        } else {
            motionDecided(motions.get(vote.subjectId()), outcome, vote.voteId());
        }
    }

    private void amendmentDecided(Instrument amendment, InstrumentOutcome outcome, String voteId) {
        apply(new AmendmentDecided(meetingId, amendment.id(), amendment.proposalId(), amendment.agendaItemId(),
                amendment.title(), amendment.text(), amendment.submitters(), amendment.coSigners(), outcome, voteId));
    }

    private void motionDecided(Instrument motion, InstrumentOutcome outcome, String voteId) {
        apply(new MotionDecided(meetingId, motion.id(), motion.proposalId(), motion.agendaItemId(),
                motion.title(), motion.text(), motion.submitters(), motion.coSigners(), outcome, voteId));
    }

    private Instrument pendingAmendment(String amendmentId) {
        return pending("amendment", amendments, amendmentId, id -> new NoSuchAmendment(meetingId, id));
    }

    private Instrument pendingMotion(String motionId) {
        return pending("motion", motions, motionId, id -> new NoSuchMotion(meetingId, id));
    }

    private static Instrument pending(String what, Map<String, Instrument> instruments, String id,
                                      Function<String, RuleViolation> unknown) {
        Instrument instrument = instruments.get(id);
        if (instrument == null) {
            throw unknown.apply(id);
        }
        if (!instrument.isPending()) {
            throw new InstrumentNotPending(what, id, instrument.state().name());
        }
        return instrument;
    }

    private List<String> pendingAmendments(String agendaItemId) {
        return amendments.values().stream()
                .filter(a -> a.isPending() && a.agendaItemId().equals(agendaItemId)).map(Instrument::id).toList();
    }

    /** Submitters and co-signers are members of the meeting who hold a seat; at least one submitter. */
    private void requireSubmitters(String what, List<String> submitters, List<String> coSigners) {
        if (submitters.isEmpty()) {
            throw new SubmitterRequired(what);
        }
        Stream.concat(submitters.stream(), coSigners.stream()).forEach(memberId -> {
            Member member = composition.member(memberId).orElseThrow(() -> new NotAMember(meetingId, memberId));
            if (!member.function().holdsSeat()) {
                throw new NotASeatHolder(meetingId, memberId);
            }
        });
    }

    /** The recorder of this body, while the meeting is open. */
    private void recording(Caller caller) {
        Role recorder = recorder(body);
        if (caller == null || caller.actingRole() != recorder) {
            throw new NotTheRecorder(meetingId, body, recorder);
        }
        if (state != MeetingState.OPENED) {
            throw new MeetingNotOpen(meetingId, state);
        }
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        state = MeetingState.OPENED;
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        state = MeetingState.CLOSED;
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        state = MeetingState.CANCELLED;
    }

    @EventSourcingHandler
    void on(VoteHeld event) {
        if (event.subject() == VoteSubject.PROPOSAL) {
            proposalVotes.put(event.agendaItemId(), event.result());
        }
    }

    @EventSourcingHandler
    void on(AmendmentSubmitted event) {
        amendments.put(event.amendmentId(), new Instrument(event.amendmentId(), event.agendaItemId(),
                event.proposalId(), event.title(), event.text(), event.submitters(), event.coSigners(),
                InstrumentState.SUBMITTED));
    }

    @EventSourcingHandler
    void on(MotionSubmitted event) {
        motions.put(event.motionId(), new Instrument(event.motionId(), event.agendaItemId(),
                event.proposalId(), event.title(), event.text(), event.submitters(), event.coSigners(),
                InstrumentState.SUBMITTED));
    }

    @EventSourcingHandler
    void on(AmendmentDecided event) {
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.decided(InstrumentState.of(event.outcome())));
    }

    @EventSourcingHandler
    void on(MotionDecided event) {
        motions.computeIfPresent(event.motionId(), (id, m) -> m.decided(InstrumentState.of(event.outcome())));
    }
}
