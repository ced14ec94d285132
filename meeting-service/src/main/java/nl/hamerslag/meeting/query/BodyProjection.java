package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.BodyEstablished;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.command.MemberAppointed;
import nl.hamerslag.meeting.command.MemberFunction;
import nl.hamerslag.meeting.command.MembershipEnded;
import nl.hamerslag.meeting.command.PartyGroupFormed;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bodies as they are now (tables body, body_party_group, body_member), from the Body events. In a
 * subscribing processor (ADR 3): a body established is readable at once, and a meeting is planned
 * with exactly the members its body has.
 */
@Component
@ProcessingGroup(BodyProjection.PROCESSING_GROUP)
@ProjectionTables({"body", "body_party_group", "body_member"})
class BodyProjection implements BodyDirectory, BodyQueries {

    static final String PROCESSING_GROUP = "meeting-bodies";

    private final JdbcTemplate jdbc;

    BodyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BodyEstablished event, @Timestamp Instant at) {
        jdbc.update("insert into body (body_id, kind, name, established_at) values (?, ?, ?, ?) on conflict do nothing",
                event.bodyId(), event.kind().name(), event.name(), utc(at));
    }

    @EventHandler
    void on(PartyGroupFormed event, @Timestamp Instant at) {
        jdbc.update("insert into body_party_group (body_id, name, formed_at) values (?, ?, ?) on conflict do nothing",
                event.bodyId(), event.name(), utc(at));
    }

    @EventHandler
    void on(MemberAppointed event, @Timestamp Instant at) {
        Member member = event.member();
        jdbc.update("""
                insert into body_member (body_id, member_id, name, function, party_group, subject, appointed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (body_id, member_id) where ended_at is null do nothing""",
                event.bodyId(), member.memberId(), member.name(), member.function().name(), member.partyGroup(),
                member.subject(), utc(at));
    }

    @EventHandler
    void on(MembershipEnded event, @Timestamp Instant at) {
        jdbc.update("update body_member set ended_at = ?, end_reason = ? where body_id = ? and member_id = ? and ended_at is null",
                utc(at), event.reason(), event.bodyId(), event.memberId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from body_member");
        jdbc.update("delete from body_party_group");
        jdbc.update("delete from body");
    }

    @Override
    public Optional<BodyView> find(String bodyId) {
        return details(bodyId).map(BodyProjection::view);
    }

    @Override
    public List<BodyView> all() {
        return list().stream().map(BodyProjection::view).toList();
    }

    @Override
    public Optional<BodyDetails> details(String bodyId) {
        return jdbc.query("select body_id, kind, name from body where body_id = ?", (rs, n) -> header(rs), bodyId)
                .stream().findFirst().map(this::complete);
    }

    @Override
    public List<BodyDetails> list() {
        return jdbc.query("select body_id, kind, name from body order by kind, name", (rs, n) -> header(rs))
                .stream().map(this::complete).toList();
    }

    private BodyDetails complete(BodyDetails header) {
        List<BodyDetails.MemberView> members = jdbc.query("""
                select member_id, name, function, party_group, subject, appointed_at from body_member
                 where body_id = ? and ended_at is null order by membership_id""", (rs, n) -> {
            MemberFunction function = MemberFunction.valueOf(rs.getString("function"));
            return new BodyDetails.MemberView(rs.getString("member_id"), rs.getString("name"), function,
                    function.holdsSeat(), rs.getString("party_group"), rs.getString("subject"),
                    rs.getObject("appointed_at", OffsetDateTime.class).toInstant());
        }, header.bodyId());
        Map<String, Long> seats = members.stream().filter(m -> m.seat() && m.partyGroup() != null)
                .collect(Collectors.groupingBy(BodyDetails.MemberView::partyGroup, Collectors.counting()));
        List<BodyDetails.PartyGroupSeats> groups = jdbc.query(
                "select name from body_party_group where body_id = ? order by position",
                (rs, n) -> rs.getString("name"), header.bodyId()).stream()
                .map(name -> new BodyDetails.PartyGroupSeats(name, seats.getOrDefault(name, 0L).intValue())).toList();
        int seated = (int) members.stream().filter(BodyDetails.MemberView::seat).count();
        return new BodyDetails(header.bodyId(), header.kind(), header.name(), seated, groups, members);
    }

    private static BodyDetails header(ResultSet rs) throws SQLException {
        return new BodyDetails(rs.getString("body_id"), DecidingBody.valueOf(rs.getString("kind")), rs.getString("name"),
                0, List.of(), List.of());
    }

    private static BodyView view(BodyDetails details) {
        return new BodyView(details.bodyId(), details.kind(), details.name(), details.members().stream()
                .map(m -> new Member(m.memberId(), m.name(), m.function(), m.partyGroup(), m.subject())).toList());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
