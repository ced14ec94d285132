package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;
import java.util.stream.Collectors;

/** A public list was asked for with parameters it cannot use; the message names each and what to send. */
class InvalidSearch extends RuleViolation {

    InvalidSearch(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.stream().map(FieldProblem::detail).collect(Collectors.joining(" ")));
    }
}
