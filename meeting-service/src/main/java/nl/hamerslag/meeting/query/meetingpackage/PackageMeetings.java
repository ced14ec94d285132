package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Time;
import java.util.List;
import java.util.Optional;

/** Reads the meetings as the package knows them. */
@Component
public class PackageMeetings {

    private static final TypeReference<List<AgendaEntry>> AGENDA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public PackageMeetings(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<PackageMeeting> find(String meetingId) {
        return jdbc.query("""
                select meeting_id, body, body_name, meeting_date, starts_at, place, agenda::text as agenda
                from package_meeting where meeting_id = ?""", (rs, n) -> {
            Date date = rs.getDate("meeting_date");
            Time time = rs.getTime("starts_at");
            String agenda = rs.getString("agenda");
            return new PackageMeeting(new PdfMeetingHeader(rs.getString("meeting_id"), DecidingBody.valueOf(rs.getString("body")),
                    rs.getString("body_name"), date == null ? null : date.toLocalDate(),
                    time == null ? null : time.toLocalTime(), rs.getString("place")),
                    agenda == null ? null : json.readValue(agenda, AGENDA));
        }, meetingId).stream().findFirst();
    }
}
