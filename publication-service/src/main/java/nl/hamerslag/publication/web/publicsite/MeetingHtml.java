package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.PublicMeeting;
import nl.hamerslag.publication.query.catalogue.PublicPublication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/** The page of one meeting: its public agenda, meeting package, decision list and decisions, each with documents. */
final class MeetingHtml {

    private static final List<String[]> SECTIONS = List.of(new String[]{"AGENDA", "Agenda"},
            new String[]{"MEETING_PACKAGE", "Vergaderstukken"}, new String[]{"DECISION_LIST", "Besluitenlijst"},
            new String[]{"DECISION", "Besluiten"}, new String[]{"VOTE", "Stemmingen"});

    private MeetingHtml() {
    }

    static String path(String meetingId) {
        return "/openbaar/vergaderingen/" + URLEncoder.encode(meetingId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String title(String bodyName, String body, LocalDate date) {
        String who = bodyName != null ? bodyName : body != null ? Dutch.body(body) : null;
        return "Vergadering" + (who == null ? "" : " van " + who) + (date == null ? "" : " op " + Dutch.day(date));
    }

    static String render(PublicMeeting meeting) {
        String title = title(meeting.bodyName(), meeting.body(), meeting.meetingDate());
        StringBuilder main = new StringBuilder("<h1>").append(escape(title)).append("</h1>\n");
        for (String[] section : SECTIONS) {
            List<PublicPublication> of = meeting.publications().stream().filter(p -> p.kind().equals(section[0])).toList();
            if (!of.isEmpty()) {
                main.append("<h2>").append(section[1]).append("</h2>\n");
                for (PublicPublication p : of) {
                    main.append("<h3><a href=\"").append(PublicationHtml.path(p.id())).append("\">").append(escape(p.title()))
                            .append("</a></h3>\n<p class=\"meta\">").append(escape(PublicationList.describe(p)))
                            .append("</p>\n").append(PublicationList.documents(p.documents()));
                }
            }
        }
        List<PublicPublication> other = meeting.publications().stream()
                .filter(p -> SECTIONS.stream().noneMatch(s -> s[0].equals(p.kind()))).toList();
        if (!other.isEmpty()) {
            main.append("<h2>Overige publicaties</h2>\n").append(PublicationList.render(other, "h3"));
        }
        return PageLayout.page(title, main.toString());
    }
}
