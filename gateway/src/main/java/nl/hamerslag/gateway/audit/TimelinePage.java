package nl.hamerslag.gateway.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a timeline as one HTML page in Dutch: a table with a column (lane) per service and a row per
 * event, each cell saying in words what happened, who did it in which role, and which version it is
 * about. Nothing is said by colour alone; the table's headers tie every cell to its time and service.
 */
public final class TimelinePage {

    /** The lanes in the order a proposal passes through them, each with its Dutch name. */
    private static final Map<String, String> LANES = lanes();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss.SSS")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private TimelinePage() {
    }

    public static String render(Timeline timeline) {
        List<String> lanes = lanesOf(timeline);
        StringBuilder html = new StringBuilder(4096 + 512 * timeline.entries().size());
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Tijdlijn van voorstel ").append(escape(timeline.proposalId().toString())).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #555;padding:.4rem;vertical-align:top;text-align:left}")
                .append("td.leeg{background:#f4f4f4}code{word-break:break-all}</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Tijdlijn van voorstel <code>").append(escape(timeline.proposalId().toString()))
                .append("</code></h1>\n");
        if (timeline.complete()) {
            html.append("<p>Volledig: elke dienst heeft zijn deel gegeven.</p>\n");
        } else {
            html.append("<section aria-labelledby=\"ontbreekt\">\n<h2 id=\"ontbreekt\">Onvolledig: deze delen ontbreken</h2>\n<ul>\n");
            for (MissingPart part : timeline.missing()) {
                html.append("<li>").append(escape(laneName(part.service()))).append(": ").append(escape(part.reason()))
                        .append("</li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
        html.append("<table>\n<caption>Wie deed wat wanneer, per dienst (").append(timeline.entries().size())
                .append(" gebeurtenissen; tijden in Nederlandse tijd)</caption>\n<thead>\n<tr><th scope=\"col\">Tijd</th>");
        for (String lane : lanes) {
            html.append("<th scope=\"col\">").append(escape(laneName(lane)));
            if (timeline.missing().stream().anyMatch(m -> m.service().equals(lane))) {
                html.append(" (ontbreekt)");
            }
            html.append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (TimelineEntry entry : timeline.entries()) {
            html.append("<tr><th scope=\"row\"><time datetime=\"").append(entry.timestamp()).append("\">")
                    .append(TIME.format(entry.timestamp())).append("</time></th>");
            for (String lane : lanes) {
                if (lane.equals(entry.service())) {
                    html.append("<td>").append(cell(entry)).append("</td>");
                } else {
                    html.append("<td class=\"leeg\"></td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String cell(TimelineEntry entry) {
        StringBuilder cell = new StringBuilder();
        cell.append("<strong>").append(escape(entry.type())).append("</strong><br>door ")
                .append(escape(entry.actorName() != null ? entry.actorName() : entry.actorSubject() != null
                        ? entry.actorSubject() : "onbekend"));
        if (entry.actorRole() != null) {
            cell.append(" (rol ").append(escape(entry.actorRole())).append(")");
        }
        if (entry.versionHash() != null) {
            cell.append("<br>versie <code>").append(escape(entry.versionHash())).append("</code>");
        }
        cell.append("<br><small>stroom ").append(escape(String.valueOf(entry.aggregateType()))).append(" ")
                .append(escape(String.valueOf(entry.stream()))).append(", nr. ").append(entry.sequenceNumber())
                .append("</small>");
        return cell.toString();
    }

    /** Every service that answered or is missing, in the order of the process, unknown services last. */
    private static List<String> lanesOf(Timeline timeline) {
        List<String> present = new ArrayList<>(timeline.services());
        timeline.missing().forEach(m -> present.add(m.service()));
        List<String> lanes = new ArrayList<>();
        LANES.keySet().stream().filter(present::contains).forEach(lanes::add);
        present.stream().filter(s -> !lanes.contains(s)).sorted().forEach(lanes::add);
        return lanes;
    }

    private static String laneName(String service) {
        String dutch = LANES.get(service);
        return dutch == null ? service : dutch + " (" + service + ")";
    }

    private static Map<String, String> lanes() {
        Map<String, String> lanes = new LinkedHashMap<>();
        lanes.put("drafting", "Opstellen");
        lanes.put("approval", "Goedkeuren");
        lanes.put("meeting", "Vergaderen");
        lanes.put("publication", "Publiceren");
        lanes.put("followup", "Opvolgen");
        return lanes;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
