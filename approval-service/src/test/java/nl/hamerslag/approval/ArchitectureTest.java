package nl.hamerslag.approval;

import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The one way to build a service (docs/decisions/0015), and what approval adds to it. */
class ArchitectureTest {

    @Test
    void approvalIsBuiltTheOneWay() {
        ServiceArchitecture.check("approval");
    }

    /** A route's and a step's states are the command side's enums; the read model stores their names. */
    @Test
    void theQuerySideKeepsNoCopyOfAStateEnum() {
        noClasses().that().resideInAnyPackage("nl.hamerslag.approval.query..", "nl.hamerslag.approval.web..")
                .should().beEnums()
                .because("RouteStatus and StepState live in command/ and are used by the query side")
                .check(ServiceArchitecture.importService("approval"));
    }
}
