package nl.hamerslag.drafting.command;

import nl.hamerslag.drafting.command.refusal.FieldTooLong;
import nl.hamerslag.platform.documents.FileNames;

/**
 * How large a proposal may grow, so that every event it causes (above all {@code ProposalSubmitted},
 * whose manifest names every attachment) fits one Kafka record with a wide margin (ADR 0026). The
 * request records validate the same limits for a 400 that names the field; the aggregate checks
 * them again because it is the one place every change passes. ProposalSizeTest proves the largest
 * allowed event fits.
 */
public final class ProposalLimits {

    public static final int TITLE = 200;
    public static final int SUMMARY = 4000;
    public static final int PORTFOLIO_HOLDER = 200;
    public static final int DEPARTMENT = 200;
    public static final int TAGS = 20;
    public static final int TAG = 50;
    public static final int REASON = 2000;
    /** The platform's limit for a stored file name (FileNames), so every name it accepts fits the events. */
    public static final int FILE_NAME = FileNames.MAX_LENGTH;
    public static final int MEDIA_TYPE = 200;
    public static final int ATTACHMENT_ID = 64;
    /** The author's subject, from the token; ProposalSubmitted carries it. */
    public static final int SUBJECT = 200;

    private ProposalLimits() {
    }

    static void check(ProposalContent content) {
        check("title", content.title(), TITLE);
        check("summary", content.summary(), SUMMARY);
        check("portfolioHolder", content.portfolioHolder(), PORTFOLIO_HOLDER);
        check("department", content.department(), DEPARTMENT);
        if (content.tags().size() > TAGS) {
            throw new FieldTooLong("tags: " + content.tags().size() + " tags; at most " + TAGS + ".");
        }
        content.tags().forEach(tag -> check("tags", tag, TAG));
    }

    static void check(AttachmentFile file) {
        check("file name", file.name(), FILE_NAME);
        check("media type", file.mediaType(), MEDIA_TYPE);
    }

    static void check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new FieldTooLong(field + ": " + value.length() + " characters; at most " + max + ".");
        }
    }
}
