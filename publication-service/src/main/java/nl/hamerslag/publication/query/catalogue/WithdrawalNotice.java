package nl.hamerslag.publication.query.catalogue;

import java.time.Instant;
import java.util.UUID;

/** What stays public of a withdrawn publication: its title, when and why; never its content. */
public record WithdrawalNotice(UUID id, String kind, String title, String reason, Instant withdrawnAt) {
}
