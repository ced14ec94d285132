package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A publication has a title. */
public class TitleRequired extends RuleViolation {
    public TitleRequired() {
        super(Kind.INVALID, "title: a publication needs a title; send a non-empty title.");
    }
}
