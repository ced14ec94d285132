package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.WithdrawalNotice;

/** The publication was withdrawn: 410 Gone with its notice (title, when, why), never its content. */
class PublicationWithdrawn extends RuntimeException {

    private final transient WithdrawalNotice notice;

    PublicationWithdrawn(WithdrawalNotice notice) {
        super("This publication was withdrawn on " + notice.withdrawnAt() + ": " + notice.reason());
        this.notice = notice;
    }

    WithdrawalNotice notice() {
        return notice;
    }
}
