package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.ResultPage;
import nl.hamerslag.publication.query.catalogue.WithdrawalNotice;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/** The withdrawals page: a table of what was withdrawn, when and why; never what it said. */
final class WithdrawalsHtml {

    private WithdrawalsHtml() {
    }

    static String render(ResultPage<WithdrawalNotice> page) {
        StringBuilder main = new StringBuilder("<h1>Ingetrokken publicaties</h1>\n");
        if (page.items().isEmpty()) {
            main.append("<p>Er zijn geen ingetrokken publicaties.</p>\n");
            return PageLayout.page("Ingetrokken publicaties", main.toString());
        }
        main.append("<p>Een ingetrokken publicatie is van alle openbare kanalen verwijderd. Wat blijft, is deze melding.</p>\n")
                .append("<table>\n<caption>").append(page.total()).append(page.total() == 1 ? " ingetrokken publicatie"
                        : " ingetrokken publicaties").append(", nieuwste eerst</caption>\n")
                .append("<thead><tr><th scope=\"col\">Titel</th><th scope=\"col\">Ingetrokken op</th>")
                .append("<th scope=\"col\">Reden</th></tr></thead>\n<tbody>\n");
        for (WithdrawalNotice notice : page.items()) {
            main.append("<tr><th scope=\"row\">").append(escape(notice.title())).append("</th><td>")
                    .append(escape(Dutch.moment(notice.withdrawnAt()))).append("</td><td>").append(escape(notice.reason()))
                    .append("</td></tr>\n");
        }
        main.append("</tbody>\n</table>\n").append(Pager.render(page, n -> "/openbaar/intrekkingen?page=" + n));
        return PageLayout.page("Ingetrokken publicaties", main.toString());
    }
}
