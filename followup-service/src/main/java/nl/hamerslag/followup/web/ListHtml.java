package nl.hamerslag.followup.web;

import nl.hamerslag.followup.query.ListEntry;
import nl.hamerslag.followup.query.ListStatus;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Map;

/**
 * A griffie list as an accessible HTML page in Dutch: a table with a caption and header cells with
 * scope; the status is a word as well as a colour (afgedaan green, te laat red, nieuw blue, aangehouden
 * grey), with contrast enough for the text on it.
 */
final class ListHtml {

    private static final Map<ListStatus, String> COLOURS = Map.of(
            ListStatus.SETTLED, "#1e6b34", ListStatus.OVERDUE, "#b00020",
            ListStatus.NEW, "#1a4f9c", ListStatus.HELD, "#595959");

    private ListHtml() {
    }

    static String render(String title, List<ListEntry> entries) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <title>%1$s</title>
                <style>
                table { border-collapse: collapse; }
                th, td { border: 1px solid #767676; padding: .3em .6em; text-align: left; vertical-align: top; }
                .status { color: #fff; font-weight: bold; }
                </style>
                </head>
                <body>
                <main>
                <h1>%1$s</h1>
                <table>
                <caption>%1$s: %2$d regels, met status afgedaan, te laat, nieuw of aangehouden</caption>
                <thead><tr><th scope="col">Vergadering</th><th scope="col">Tekst</th><th scope="col">Portefeuillehouder</th>\
                <th scope="col">Uiterste datum</th><th scope="col">Status</th></tr></thead>
                <tbody>
                """.formatted(escape(title), entries.size()));
        for (ListEntry entry : entries) {
            html.append("<tr><td>").append(escape(entry.meetingId())).append("</td><th scope=\"row\">")
                    .append(escape(entry.text())).append("</th><td>").append(escape(entry.portfolioHolder()))
                    .append("</td><td>").append(entry.deadline() == null ? "geen" : entry.deadline())
                    .append("</td><td class=\"status status-").append(entry.status().name().toLowerCase())
                    .append("\" style=\"background-color: ").append(COLOURS.get(entry.status())).append("\">")
                    .append(escape(entry.statusText())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }
}
