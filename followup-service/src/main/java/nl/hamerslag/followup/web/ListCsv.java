package nl.hamerslag.followup.web;

import nl.hamerslag.followup.query.ListEntry;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A griffie list as CSV for a spreadsheet: semicolons (what Dutch spreadsheets expect), every field
 * quoted, and a text that starts like a formula prefixed with an apostrophe so a spreadsheet shows it
 * instead of running it.
 */
final class ListCsv {

    private static final String HEADER = "id;vergadering;voorstel;tekst;portefeuillehouder;uiterste datum;toestand;status";

    private ListCsv() {
    }

    static String render(List<ListEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ListEntry entry : entries) {
            csv.append(Stream.of(entry.id(), entry.meetingId(), entry.proposalId(), entry.text(), entry.portfolioHolder(),
                            entry.deadline(), entry.state(), entry.statusText())
                    .map(ListCsv::field).collect(Collectors.joining(";"))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
