package nl.hamerslag.approval;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.hamerslag.approval", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theCommandSideKnowsNoWebAndNoKafka = noClasses()
            .that().resideInAPackage("nl.hamerslag.approval.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule theCommandSideDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("nl.hamerslag.approval.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.hamerslag.approval.process..", "nl.hamerslag.approval.query..", "nl.hamerslag.approval.web..");

    @ArchTest
    static final ArchRule approvalDependsOnNoOtherService = noClasses()
            .that().resideInAPackage("nl.hamerslag.approval..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.hamerslag.drafting..", "nl.hamerslag.meeting..", "nl.hamerslag.publication..",
                    "nl.hamerslag.followup..", "nl.hamerslag.gateway..");
}
