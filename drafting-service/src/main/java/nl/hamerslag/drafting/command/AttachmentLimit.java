package nl.hamerslag.drafting.command;

/**
 * How many attachments (main document included) one proposal may have: configured as
 * {@code hamerslag.attachments.max-per-proposal}, never above {@link #CEILING}, the most for which
 * ProposalSizeTest proves the submission's manifest fits one Kafka record (ADR 0026). A resource of
 * the aggregate's command handler.
 */
public record AttachmentLimit(int perProposal) {

    public static final int CEILING = 120;

    public AttachmentLimit {
        if (perProposal < 1 || perProposal > CEILING) {
            throw new IllegalArgumentException("hamerslag.attachments.max-per-proposal must be 1 to " + CEILING
                    + " (a larger manifest may not fit one Kafka record, ADR 0026); it is " + perProposal);
        }
    }
}
