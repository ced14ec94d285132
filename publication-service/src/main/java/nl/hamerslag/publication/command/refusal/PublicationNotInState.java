package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The action needs the publication in another state. */
public class PublicationNotInState extends RuleViolation {
    public PublicationNotInState(String publicationId, Object state, String needed) {
        super(Kind.CONFLICT, "Publication " + publicationId + " is " + state + "; this needs it " + needed + ".");
    }
}
