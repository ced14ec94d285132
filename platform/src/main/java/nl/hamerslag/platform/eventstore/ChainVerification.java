package nl.hamerslag.platform.eventstore;

/**
 * The outcome of checking one aggregate's hash chain.
 *
 * @param eventsChecked      how many stored events were read
 * @param firstBrokenLink    the sequence number of the first event whose link does not match, or -1
 * @param reason             why that link is broken, or null when the chain is intact
 */
public record ChainVerification(String aggregateIdentifier, long eventsChecked, long firstBrokenLink, String reason) {

    public boolean intact() {
        return firstBrokenLink < 0;
    }

    static ChainVerification intact(String aggregateIdentifier, long eventsChecked) {
        return new ChainVerification(aggregateIdentifier, eventsChecked, -1, null);
    }
}
