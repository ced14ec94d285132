package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.meeting.command.Presence;
import nl.hamerslag.meeting.query.MeetingView;
import nl.hamerslag.meeting.query.MemberView;

import java.util.List;

@Schema(description = "Een vergadering met haar leden, hun aanwezigheid en het quorum")
record MeetingResponse(
        @Schema(description = "De vergadering") MeetingView meeting,
        @Schema(description = "De leden van het gremium bij het plannen, met aanwezigheid") List<MemberView> members,
        @Schema(description = "Aantal zetels (leden die stemmen en meetellen voor het quorum)") int seats,
        @Schema(description = "Aantal zetels aanwezig") int seatsPresent,
        @Schema(description = "Meer dan de helft van de zetels aanwezig (Gemeentewet art. 20)") boolean quorum) {

    static MeetingResponse of(MeetingView meeting, List<MemberView> members) {
        List<MemberView> seated = members.stream().filter(m -> m.function().holdsSeat()).toList();
        int present = (int) seated.stream().filter(m -> m.presence() == Presence.PRESENT).count();
        return new MeetingResponse(meeting, members, seated.size(), present, present * 2 > seated.size());
    }

}
