package nl.hamerslag.platform.parking;

import nl.hamerslag.platform.problem.RuleViolation;

/** Only the record a key's line waits on can be retried or resolved; the ones behind it follow it. */
public class ParkedRecordNotAtHead extends RuleViolation {

    public ParkedRecordNotAtHead(ParkedRecord record) {
        super(Kind.CONFLICT, switch (record.state()) {
            case WAITING -> "Record " + record.id() + " waits behind an earlier parked record of key " + record.key()
                    + "; retry or resolve that one (the oldest PARKED of this key) and this one follows.";
            default -> "Record " + record.id() + " is already " + record.state() + "; there is nothing left to do.";
        });
    }
}
