package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.contracts.meeting.MeetingPlanned;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Keeps per meeting its header and the agenda as it now stands ({@code package_meeting}), which a
 * package is compiled from. Each agenda event carries the whole agenda, so the last one wins.
 * Never touches the stored package versions: those are kept whatever is replayed.
 */
@Component
@ProcessingGroup(PackageAgendaProjection.NAME)
@ProjectionTables("package_meeting")
public class PackageAgendaProjection {

    public static final String NAME = "meeting-package-agenda";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public PackageAgendaProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(MeetingPlanned event) {
        jdbc.update("""
                insert into package_meeting (meeting_id, body, body_name, meeting_date, starts_at, place)
                values (?, ?, ?, ?, ?, ?)
                on conflict (meeting_id) do update set body = excluded.body, body_name = excluded.body_name,
                    meeting_date = excluded.meeting_date, starts_at = excluded.starts_at, place = excluded.place""",
                event.meetingId(), event.body().name(), event.bodyName(), event.date(), event.startsAt(), event.place());
    }

    @EventHandler
    void on(AgendaPublished event) {
        agenda(event.meetingId(), event.body().name(), event.date(), event.items());
    }

    @EventHandler
    void on(AgendaChanged event) {
        agenda(event.meetingId(), event.body().name(), null, event.items());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from package_meeting");
    }

    private void agenda(String meetingId, String body, java.time.LocalDate date, List<AgendaEntry> items) {
        jdbc.update("""
                insert into package_meeting (meeting_id, body, meeting_date, agenda) values (?, ?, ?, ?::jsonb)
                on conflict (meeting_id) do update set agenda = excluded.agenda,
                    meeting_date = coalesce(package_meeting.meeting_date, excluded.meeting_date)""",
                meetingId, body, date, json.writeValueAsString(items));
    }
}
