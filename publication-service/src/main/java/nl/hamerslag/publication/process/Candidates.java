package nl.hamerslag.publication.process;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.CandidateDocument;
import nl.hamerslag.publication.command.PublicationLimits;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.command.ReviseCandidate;
import nl.hamerslag.publication.config.PublicationRules;
import nl.hamerslag.publication.document.PublicCopies;
import nl.hamerslag.publication.query.PublicationQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Makes a candidate of what a source event describes: its rule (AUTOMATIC or EDITOR) and Woo category
 * for its body and kind, the owner organisation, and a copy of every document (fetched by hash from its
 * owner; a transient failure propagates, so the inbox waits it out and retries, never skips). A source
 * that already has a publication revises it instead.
 */
@Component
class Candidates {

    private static final Caller SYSTEM = Caller.system("publication");

    private final PublicationRules rules;
    private final PublicCopies copies;
    private final PublicationQueries publications;
    private final CommandGateway commands;

    Candidates(PublicationRules rules, PublicCopies copies, PublicationQueries publications, CommandGateway commands) {
        this.rules = rules;
        this.copies = copies;
        this.publications = publications;
        this.commands = commands;
    }

    /** A new candidate; when the source already has one (an event delivered after a replay), it is revised. */
    void offer(CandidateDraft draft) {
        if (publications.exists(draft.publicationId())) {
            revise(draft, "De bron is opnieuw aangeboden");
            return;
        }
        commands.sendAndWait(new RegisterCandidate(draft.publicationId(), content(draft),
                rules.of(draft.body(), draft.kind()).mode(), SYSTEM));
    }

    /** The source changed: the candidate takes the new content, or its publication is corrected with it. */
    void revise(CandidateDraft draft, String reason) {
        if (!publications.exists(draft.publicationId())) {
            offer(draft);
            return;
        }
        commands.sendAndWait(new ReviseCandidate(draft.publicationId(), content(draft),
                PublicationLimits.clip(reason, PublicationLimits.TEXT), SYSTEM));
    }

    private CandidateContent content(CandidateDraft draft) {
        PublicationRules.Resolved rule = rules.of(draft.body(), draft.kind());
        List<CandidateDocument> documents = draft.documents().stream()
                .map(ref -> copies.copy(ref.owner(), ref.sha256(), ref.name(), ref.mediaType()))
                .toList();
        return new CandidateContent(draft.kind(), draft.source(), draft.body(), draft.meetingDate(),
                PublicationLimits.clip(draft.title(), PublicationLimits.TITLE),
                PublicationLimits.clip(draft.text(), PublicationLimits.TEXT), draft.confidentiality(),
                rule.category().uri(), rules.organisation().uri(), documents);
    }
}
