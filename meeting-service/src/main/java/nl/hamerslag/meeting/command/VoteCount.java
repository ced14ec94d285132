package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.meeting.MemberVote;
import nl.hamerslag.contracts.meeting.VoteChoice;
import nl.hamerslag.contracts.meeting.VoteHeld;
import nl.hamerslag.contracts.meeting.VoteResult;
import nl.hamerslag.meeting.command.refusal.BallotMissing;
import nl.hamerslag.meeting.command.refusal.ConcernedMemberMayNotVote;
import nl.hamerslag.meeting.command.refusal.MemberVotedTwice;
import nl.hamerslag.meeting.command.refusal.NotAMember;
import nl.hamerslag.meeting.command.refusal.NotASeatHolder;
import nl.hamerslag.meeting.command.refusal.NotPresent;
import nl.hamerslag.meeting.command.refusal.TooManyAgainstForAdoptionWithoutVote;
import nl.hamerslag.meeting.command.refusal.VoteNeedsMoreThanHalfTheSeats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telling the votes (stemming): who may vote, who must, who does not take part, and the result per party
 * group and overall. The rules of the Gemeentewet: a member present votes, FOR or AGAINST, there is no
 * abstention (art. 32); a member personally concerned does not take part (art. 28); a vote is valid when
 * more than half of the seats take part (art. 29); adopted when a majority of the votes cast is FOR, and
 * a tie (staking van stemmen) is recorded as such (art. 32) and carried to the next meeting.
 */
final class VoteCount {

    private final String meetingId;
    private final Composition composition;
    private final Attendance attendance;

    VoteCount(String meetingId, Composition composition, Attendance attendance) {
        this.meetingId = meetingId;
        this.composition = composition;
        this.attendance = attendance;
    }

    /** A vote per member. */
    VoteHeld count(String voteId, VoteTarget target, List<Ballot> ballots, List<String> notParticipating) {
        Set<String> concerned = concerned(notParticipating);
        Map<String, VoteChoice> cast = new HashMap<>();
        for (Ballot ballot : ballots) {
            seatPresent(ballot.memberId());
            if (concerned.contains(ballot.memberId())) {
                throw new ConcernedMemberMayNotVote(ballot.memberId());
            }
            if (cast.put(ballot.memberId(), ballot.choice()) != null) {
                throw new MemberVotedTwice(ballot.memberId());
            }
        }
        List<String> missing = taking(concerned).stream().filter(id -> !cast.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new BallotMissing(meetingId, missing);
        }
        requireValid(cast.size());
        List<MemberVote> votes = composition.seated().stream().filter(m -> cast.containsKey(m.memberId()))
                .map(m -> new MemberVote(m.memberId(), m.name(), m.partyGroup(), cast.get(m.memberId()))).toList();
        return held(voteId, target, false, votes, List.of(), concerned, cast);
    }

    /** Adopted without a vote: every member taking part counts as FOR, except those recorded against. */
    VoteHeld withoutVote(String voteId, VoteTarget target, List<String> recordedAgainst, List<String> notParticipating) {
        Set<String> concerned = concerned(notParticipating);
        Set<String> against = new LinkedHashSet<>();
        for (String memberId : recordedAgainst) {
            seatPresent(memberId);
            if (concerned.contains(memberId)) {
                throw new ConcernedMemberMayNotVote(memberId);
            }
            against.add(memberId);
        }
        List<String> taking = taking(concerned);
        requireValid(taking.size());
        if (against.size() * 2 >= taking.size()) {
            throw new TooManyAgainstForAdoptionWithoutVote(against.size(), taking.size());
        }
        Map<String, VoteChoice> counted = new HashMap<>();
        taking.forEach(id -> counted.put(id, against.contains(id) ? VoteChoice.AGAINST : VoteChoice.FOR));
        List<String> againstInOrder = taking.stream().filter(against::contains).toList();
        return held(voteId, target, true, List.of(), againstInOrder, concerned, counted);
    }

    private VoteHeld held(String voteId, VoteTarget target, boolean withoutVote, List<MemberVote> votes,
                          List<String> recordedAgainst, Set<String> concerned, Map<String, VoteChoice> counted) {
        List<String> absent = composition.seated().stream().map(Member::memberId)
                .filter(id -> !attendance.isPresent(id)).toList();
        List<String> notParticipating = composition.seated().stream().map(Member::memberId)
                .filter(concerned::contains).toList();
        int votesFor = (int) counted.values().stream().filter(c -> c == VoteChoice.FOR).count();
        int votesAgainst = counted.size() - votesFor;
        return new VoteHeld(meetingId, voteId, target.proposalId(), target.agendaItemId(), target.subject(),
                target.subjectId(), withoutVote, votes, recordedAgainst, absent, notParticipating,
                perGroup(counted), votesFor, votesAgainst, result(votesFor, votesAgainst));
    }

    /** Per party group, in the order the groups first appear among the seats; a member without one counts only overall. */
    private List<GroupResult> perGroup(Map<String, VoteChoice> counted) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (Member member : composition.seated()) {
            VoteChoice choice = counted.get(member.memberId());
            if (choice == null || member.partyGroup() == null) {
                continue;
            }
            int[] tally = groups.computeIfAbsent(member.partyGroup(), g -> new int[2]);
            tally[choice == VoteChoice.FOR ? 0 : 1]++;
        }
        return groups.entrySet().stream().map(e -> new GroupResult(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    static VoteResult result(int votesFor, int votesAgainst) {
        return votesFor > votesAgainst ? VoteResult.ADOPTED
                : votesFor < votesAgainst ? VoteResult.REJECTED : VoteResult.TIED;
    }

    private Set<String> concerned(List<String> notParticipating) {
        Set<String> concerned = new HashSet<>();
        for (String memberId : notParticipating) {
            seat(memberId);
            concerned.add(memberId);
        }
        return concerned;
    }

    /** The members who must vote: present, holding a seat, not personally concerned; in seat order. */
    private List<String> taking(Set<String> concerned) {
        return composition.seated().stream().map(Member::memberId)
                .filter(attendance::isPresent).filter(id -> !concerned.contains(id)).toList();
    }

    private void requireValid(int taking) {
        if (taking * 2 <= attendance.seats()) {
            throw new VoteNeedsMoreThanHalfTheSeats(meetingId, taking, attendance.seats());
        }
    }

    private Member seat(String memberId) {
        Member member = composition.member(memberId).orElseThrow(() -> new NotAMember(meetingId, memberId));
        if (!member.function().holdsSeat()) {
            throw new NotASeatHolder(meetingId, memberId);
        }
        return member;
    }

    private void seatPresent(String memberId) {
        seat(memberId);
        if (!attendance.isPresent(memberId)) {
            throw new NotPresent(meetingId, memberId);
        }
    }
}
