package nl.hamerslag.approval.command;

import nl.hamerslag.approval.command.RoutePlan.PlannedStage;
import nl.hamerslag.approval.command.RoutePlan.PlannedStep;
import nl.hamerslag.approval.config.RouteRulesFile;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDue;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.springframework.core.io.ClassPathResource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The shared cast of the route fixture tests: a proposal, the default rules, a calendar, a directory. */
final class RouteFixtures {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ProposalId PROPOSAL = ProposalId.of("5f0c1d2e-0000-4000-8000-000000000001");
    static final ContentHash V1 = ContentHash.sha256("version 1");
    static final ContentHash V2 = ContentHash.sha256("version 2");
    static final String ROUTE = OpenRoute.routeId("submission-event-1");

    /** Friday 6 March 2026, 10:00 in Amsterdam: a term of 5 working days ends Friday 13 March, 10:00. */
    static final Instant FRIDAY = ZonedDateTime.of(2026, 3, 6, 10, 0, 0, 0, AMSTERDAM).toInstant();
    static final Instant FIVE_WORKING_DAYS_LATER = ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, AMSTERDAM).toInstant();
    static final Instant TWO_MORE_WORKING_DAYS = ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, AMSTERDAM).toInstant();

    static final RouteRules DEFAULT_RULES = RouteRulesFile.load(new ClassPathResource("approval-rules.yml"));
    static final DeadlinePolicy DEADLINES = new DeadlinePolicy(
            new WorkingDayCalendar(AMSTERDAM, Set.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 27))),
            5, 2, Role.MUNICIPAL_SECRETARY, null, null);
    static final PeopleDirectory DIRECTORY = new PeopleDirectory(List.of(
            person("mark.leidinggevende", "Mark Leidinggevende", Role.MANAGER, "Ruimte"),
            person("lotte.leidinggevende", "Lotte Leidinggevende", Role.MANAGER, "Ruimte"),
            person("daan.directeur", "Daan Directeur", Role.MANAGER, "Directie"),
            person("fiona.financien", "Fiona Financiën", Role.FINANCIAL_CONTROLLER, "Financiën"),
            person("jeroen.jurist", "Jeroen Jurist", Role.LEGAL_CONTROLLER, "Juridische Zaken"),
            person("sanne.secretaris", "Sanne Secretaris", Role.MUNICIPAL_SECRETARY, "Directie"),
            person("anna.steller", "Anna de Steller", Role.AUTHOR, "Ruimte")),
            List.of(new PeopleDirectory.Mandate("MB-2026-014", "jeroen.jurist", Role.FINANCIAL_CONTROLLER,
                    "Juridisch controller tekent financieel", LocalDate.of(2027, 12, 31))));

    static final String AUTHOR = "anna.steller";
    static final String RUIMTE = "Ruimte";
    /** The manager step is signed in the proposal's own department. */
    static final PlannedStep MANAGER = new PlannedStep("manager", Role.MANAGER, RUIMTE, null);
    static final PlannedStep FINANCIAL = new PlannedStep("financial-controller", Role.FINANCIAL_CONTROLLER, null, null);
    static final PlannedStep LEGAL = new PlannedStep("legal-controller", Role.LEGAL_CONTROLLER, null, null);
    static final PlannedStep CLERK = new PlannedStep("clerk", Role.CLERK, null, null);
    static final PlannedStep SECRETARY = new PlannedStep("municipal-secretary", Role.MUNICIPAL_SECRETARY, null, null);

    static final RoutePlan FULL_PLAN = plan("standaard", List.of(MANAGER), List.of(FINANCIAL, LEGAL), List.of(SECRETARY));

    private RouteFixtures() {
    }

    static AggregateTestFixture<ApprovalRoute> fixture() {
        AggregateTestFixture<ApprovalRoute> fixture = new AggregateTestFixture<>(ApprovalRoute.class);
        fixture.registerInjectableResource(DEFAULT_RULES);
        fixture.registerInjectableResource(DEADLINES);
        fixture.registerInjectableResource(DIRECTORY);
        return fixture;
    }

    /** The fixture on Friday 6 March 2026, 10:00, with these events already stored. */
    static TestExecutor<ApprovalRoute> onFriday(AggregateTestFixture<ApprovalRoute> fixture, Object... events) {
        return fixture.givenCurrentTime(FRIDAY).andGiven(Arrays.asList(events));
    }

    @SafeVarargs
    static RoutePlan plan(String rule, List<PlannedStep>... stages) {
        List<PlannedStage> planned = new ArrayList<>();
        for (List<PlannedStep> stage : stages) {
            planned.add(new PlannedStage(planned.size() + 1, stage));
        }
        return new RoutePlan(rule, planned);
    }

    static OpenRoute open(ProposalType type, boolean financial, boolean legal) {
        return OpenRoute.forSubmission("submission-event-1", PROPOSAL, V1, submission(type, financial, legal));
    }

    /** A proposal of department Ruimte, written by Anna de Steller. */
    static Submission submission(ProposalType type, boolean financial, boolean legal) {
        return new Submission(type, type == ProposalType.COUNCIL_PROPOSAL ? DecidingBody.COUNCIL : DecidingBody.COLLEGE,
                financial, legal, RUIMTE, AUTHOR, Confidentiality.OPENBAAR);
    }

    /** The events of a route with this plan that just opened on Friday: its first stage is due. */
    static Object[] opened(RoutePlan plan) {
        return opened(plan, submission(ProposalType.COLLEGE_PROPOSAL, true, true));
    }

    static Object[] opened(RoutePlan plan, Submission submission) {
        List<Object> events = new ArrayList<>();
        events.add(new RouteOpened(PROPOSAL, ROUTE, V1, plan.published()));
        events.add(new RoutePlanFixed(ROUTE, PROPOSAL, plan, submission));
        events.addAll(stageDue(plan.stages().get(0), FRIDAY));
        return events.toArray();
    }

    /** StageOpened and a StepDue per step, as the route applies them when the stage opens at {@code at}. */
    static List<Object> stageDue(PlannedStage stage, Instant at) {
        List<Object> events = new ArrayList<>();
        events.add(new StageOpened(ROUTE, PROPOSAL, stage.number(), stage.steps().stream().map(PlannedStep::stepId).toList()));
        Instant dueAt = DEADLINES.dueAt(at, null);
        stage.steps().forEach(step -> events.add(new StepDue(PROPOSAL, ROUTE, step.stepId(), step.role(), step.department(), dueAt)));
        return events;
    }

    /** A caller holding only {@code role} (a manager of Ruimte), acting in it. */
    static Caller caller(Role role) {
        return Caller.of("user-" + role.name().toLowerCase(), "Gebruiker " + role, Set.of(role),
                role == Role.MANAGER ? RUIMTE : null);
    }

    /** A caller from the people directory, with the department it names, acting in {@code acting}. */
    static Caller caller(String subject, String name, String department, Role acting, Role... roles) {
        Set<Role> held = new java.util.HashSet<>(Arrays.asList(roles));
        held.add(acting);
        return Caller.of(subject, name, held, department).actingAs(acting);
    }

    static StepApproved approved(PlannedStep step) {
        return approved(step, "");
    }

    static StepApproved approved(PlannedStep step, String remarks) {
        return new StepApproved(PROPOSAL, ROUTE, step.stepId(), step.role(), V1, caller(step.role()).actor(),
                remarks, null);
    }

    private static PeopleDirectory.Person person(String subject, String name, Role role, String department) {
        return new PeopleDirectory.Person(subject, name, Set.of(role), department);
    }
}
