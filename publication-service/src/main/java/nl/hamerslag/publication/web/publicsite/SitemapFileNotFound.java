package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.platform.problem.RuleViolation;

/** The sitemap index names no file with this number. */
class SitemapFileNotFound extends RuleViolation {

    SitemapFileNotFound(int files) {
        super(Kind.NOT_FOUND, "There is no sitemap file with this number; there " + (files == 1 ? "is 1 file" : "are "
                + files + " files") + ", numbered from 1, and /openbaar/sitemap.xml names them when there is more than one.");
    }
}
