package nl.hamerslag.publication.web.publicsite;

import org.springframework.web.util.HtmlUtils;

/**
 * The frame of every public page, WCAG 2.1 AA: Dutch as the page language, a skip link to the
 * content, landmarks (header with the site navigation, main, footer), one h1 per page (the page
 * writes it), a focus outline that shows on every background, and colours with at least 4.5:1
 * contrast (#1b1b1b and #1a4f9c on white, white on #1a4f9c).
 */
final class PageLayout {

    private static final String STYLE = """
            body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.05rem; line-height: 1.5; color: #1b1b1b; background: #fff; }
            a { color: #1a4f9c; text-decoration: underline; }
            a:focus, input:focus, select:focus, button:focus, main:focus-visible {
              outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf47; }
            .skip { position: absolute; left: -10000px; top: auto; }
            .skip:focus { left: 1rem; top: 1rem; background: #fff; color: #1b1b1b; padding: .5rem 1rem; z-index: 10; }
            header { background: #1a4f9c; color: #fff; padding: 1rem; }
            header a { color: #fff; }
            header .site { font-size: 1.3rem; font-weight: bold; margin: 0 0 .5rem 0; }
            nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1.5rem; }
            main { max-width: 60rem; padding: 1rem; }
            footer { border-top: 1px solid #767676; padding: 1rem; margin-top: 2rem; }
            label, legend { display: block; font-weight: bold; margin-top: .8rem; }
            .hint { display: block; color: #4a4a4a; font-size: .95rem; }
            input, select, button { font: inherit; padding: .3rem; border: 2px solid #1b1b1b; }
            button { background: #1a4f9c; color: #fff; margin-top: 1rem; padding: .4rem 1.2rem; }
            fieldset { border: 1px solid #767676; margin-top: 1rem; }
            .error, .errors { color: #b00020; font-weight: bold; }
            .errors { border: 3px solid #b00020; padding: .5rem 1rem; }
            .meta { color: #4a4a4a; }
            ol.results { padding-left: 1.5rem; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #767676; padding: .3rem .6rem; text-align: left; vertical-align: top; }
            dt { font-weight: bold; }
            dd { margin: 0 0 .5rem 0; }
            """;

    private PageLayout() {
    }

    /** A whole page: {@code title} goes in the title element, {@code main} is the content (with its own h1). */
    static String page(String title, String main) {
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Openbare publicaties</title>
                <link rel="alternate" type="application/atom+xml" title="Nieuwe openbare publicaties" href="/openbaar/feed.atom">
                <style>
                %2$s</style>
                </head>
                <body>
                <a class="skip" href="#inhoud">Direct naar de inhoud</a>
                <header>
                <p class="site">Openbare besluiten en publicaties</p>
                <nav aria-label="Hoofdmenu">
                <ul>
                <li><a href="/openbaar">Zoeken in publicaties</a></li>
                <li><a href="/openbaar/intrekkingen">Ingetrokken publicaties</a></li>
                <li><a href="/openbaar/feed.atom">Nieuwe publicaties volgen (Atom-feed)</a></li>
                </ul>
                </nav>
                </header>
                <main id="inhoud" tabindex="-1">
                %3$s
                </main>
                <footer>
                <p>Hier staat alles wat openbaar is gepubliceerd, niets anders. Een ingetrokken publicatie houdt een \
                melding met de reden. Ook beschikbaar als <a href="/api/public/publications">open data (JSON)</a> en \
                in de <a href="/openbaar/sitemap.xml">sitemap voor de landelijke Woo-index</a>.</p>
                </footer>
                </body>
                </html>
                """.formatted(escape(title), STYLE, main);
    }

    static String escape(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }
}
