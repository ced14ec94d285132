package nl.hamerslag.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.hamerslag.contracts.ServiceCatalog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one way to build a service (docs/new-service.md, docs/decisions/0015), checked on one
 * service's classes. Every service's ArchitectureTest calls {@link #check}; a skeleton with no
 * classes of a kind yet passes that rule.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static JavaClasses importService(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.hamerslag." + service);
    }

    /** Every rule below, on the service's classes; fails once, listing every violation. */
    public static void check(String service) {
        JavaClasses classes = importService(service);
        List<String> failures = rules(service).stream()
                .map(rule -> rule.allowEmptyShould(true).evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.stream().collect(Collectors.joining("\n\n")));
        }
    }

    public static List<ArchRule> rules(String service) {
        return List.of(doesNotDependOnOtherServices(service), commandSideKnowsNoWebOrKafka(service),
                commandSideKnowsNoOtherLayer(service), refusalsLiveInTheRefusalPackage(service),
                kafkaConsumersAreTranslators(service), controllersTakeTheCaller(service));
    }

    public static ArchRule doesNotDependOnOtherServices(String service) {
        String[] others = Arrays.stream(ServiceCatalog.values()).filter(s -> !s.shortName().equals(service))
                .map(s -> s.basePackage() + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("nl.hamerslag." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("the " + service + " service depends on no other service; only on contracts and platform");
    }

    public static ArchRule commandSideKnowsNoWebOrKafka(String service) {
        return noClasses().that().resideInAPackage("nl.hamerslag." + service + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.security..")
                .as("the command side of " + service + " imports no web, security or Kafka types");
    }

    public static ArchRule commandSideKnowsNoOtherLayer(String service) {
        String root = "nl.hamerslag." + service;
        return noClasses().that().resideInAPackage(root + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".process..", root + ".query..", root + ".web..")
                .as("the command side of " + service + " depends on no other layer of the service");
    }

    /** A refusal the aggregate throws is named after the rule and lives in command.refusal, one class a file. */
    public static ArchRule refusalsLiveInTheRefusalPackage(String service) {
        return classes().that().resideInAPackage("nl.hamerslag." + service + ".command..")
                .and().areAssignableTo("nl.hamerslag.platform.problem.RuleViolation")
                .should().resideInAPackage("nl.hamerslag." + service + ".command.refusal")
                .andShould().notBeNestedClasses()
                .as("the command side's refusals of " + service + " live in command.refusal, one per file");
    }

    /** Another service's events come in through a Translator in process/, which turns them into our commands. */
    public static ArchRule kafkaConsumersAreTranslators(String service) {
        return methods().that().areAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")
                .and().areDeclaredInClassesThat().resideInAPackage("nl.hamerslag." + service + "..")
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Translator")
                .andShould().beDeclaredInClassesThat().resideInAPackage("nl.hamerslag." + service + ".process")
                .as("Kafka consumers of " + service + " are process/*Translator classes");
    }

    /** Who is calling is the platform's Caller, resolved once per request; no controller reads the token itself. */
    public static ArchRule controllersTakeTheCaller(String service) {
        return noClasses().that().resideInAPackage("nl.hamerslag." + service + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.core.Authentication")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.oauth2.jwt.Jwt")
                .as(service + " takes the caller as a Caller parameter and never reads the token itself");
    }
}
