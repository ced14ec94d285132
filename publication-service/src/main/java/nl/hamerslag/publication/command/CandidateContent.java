package nl.hamerslag.publication.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;

import java.time.LocalDate;
import java.util.List;

/**
 * What a candidate is, as its source event made it: what it is about, how confidential it is (the
 * ZGW scale), its Woo information category and owner organisation (TOOI URIs), and its documents.
 *
 * @param text the body text: the decision text, the agenda's openbaar entries, the answer's subject
 */
public record CandidateContent(PublicationKind kind, PublicationSource source, DecidingBody body, LocalDate meetingDate,
                               String title, String text, Confidentiality confidentiality, String informationCategory,
                               String organisation, List<CandidateDocument> documents) {

    public CandidateContent {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Only openbaar content, with a public copy of every document, may go public as it is. */
    public boolean publishableAsItIs() {
        return confidentiality == Confidentiality.OPENBAAR && documents.stream().allMatch(d -> d.publicCopy() != null);
    }
}
