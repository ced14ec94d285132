package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.WithdrawalNotice;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/** The pages a citizen's browser gets instead of problem+json: not found, and withdrawn (with its notice only). */
final class RefusalHtml {

    private RefusalHtml() {
    }

    static String notFound() {
        return PageLayout.page("Niet gevonden", """
                <h1>Niet gevonden</h1>
                <p>Op dit adres staat geen openbare publicatie. Misschien is het adres niet helemaal goed overgenomen.</p>
                <p><a href="/openbaar">Zoek in alle openbare publicaties</a></p>
                """);
    }

    static String withdrawn(WithdrawalNotice notice) {
        return PageLayout.page("Ingetrokken: " + notice.title(), """
                <h1>Deze publicatie is ingetrokken</h1>
                <dl>
                <dt>Titel</dt><dd>%s</dd>
                <dt>Ingetrokken op</dt><dd>%s</dd>
                <dt>Reden</dt><dd>%s</dd>
                </dl>
                <p>De inhoud is van alle openbare kanalen verwijderd. <a href="/openbaar/intrekkingen">Bekijk alle \
                ingetrokken publicaties</a>.</p>
                """.formatted(escape(notice.title()), escape(Dutch.moment(notice.withdrawnAt())), escape(notice.reason())));
    }
}
