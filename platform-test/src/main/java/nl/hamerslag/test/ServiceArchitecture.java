package nl.hamerslag.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of ARCHITECTURE.md, checked on one service's classes: services do not depend
 * on each other, and the command side (aggregates, commands, rules) knows no web or Kafka types.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("drafting", "approval", "meeting", "publication", "followup");

    private ServiceArchitecture() {
    }

    public static JavaClasses importService(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.hamerslag." + service);
    }

    public static ArchRule doesNotDependOnOtherServices(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service))
                .map(s -> "nl.hamerslag." + s + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("nl.hamerslag." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("the " + service + " service depends on no other service; only on contracts and platform");
    }

    public static ArchRule commandSideKnowsNoWebOrKafka(String service) {
        return noClasses().that().resideInAPackage("nl.hamerslag." + service + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.springframework.kafka..", "org.apache.kafka..", "nl.hamerslag." + service + ".web..")
                .as("the command side of " + service + " imports no web or Kafka types");
    }
}
