package nl.hamerslag.publication.config;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.woo.InformationCategories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules as configured are checked at start-up; a wrong one stops the service naming what to fix. */
class PublicationRulesTest {

    private static final InformationCategories CATEGORIES = InformationCategories.load();

    @Test
    void theDefaultsPublishOpenbaarCollegeDecisionsAndDecisionListsAndEveryAgendaAtOnce() throws IOException {
        PublicationRules rules = new PublicationRules(defaults(), CATEGORIES);

        assertThat(rules.of(DecidingBody.COLLEGE, PublicationKind.DECISION).mode()).isEqualTo(PublicationMode.AUTOMATIC);
        assertThat(rules.of(DecidingBody.COLLEGE, PublicationKind.DECISION_LIST).mode()).isEqualTo(PublicationMode.AUTOMATIC);
        for (DecidingBody body : DecidingBody.values()) {
            assertThat(rules.of(body, PublicationKind.AGENDA).mode()).isEqualTo(PublicationMode.AUTOMATIC);
            assertThat(rules.of(body, PublicationKind.MEETING_PACKAGE).mode()).isEqualTo(PublicationMode.EDITOR);
            assertThat(rules.of(body, PublicationKind.ANSWER).mode()).isEqualTo(PublicationMode.EDITOR);
        }
        assertThat(rules.of(DecidingBody.COUNCIL, PublicationKind.DECISION).mode()).isEqualTo(PublicationMode.EDITOR);
        assertThat(rules.of(DecidingBody.COLLEGE, PublicationKind.AGENDA).category().label())
                .isEqualTo("agenda’s en besluitenlijsten bestuurscolleges");
    }

    @Test
    void councilAndCommitteeVotesGoAtOnceAndTheCollegeHasNoVotesToPublish() throws IOException {
        PublicationRules rules = new PublicationRules(defaults(), CATEGORIES);

        assertThat(rules.of(DecidingBody.COUNCIL, PublicationKind.VOTE).mode()).isEqualTo(PublicationMode.AUTOMATIC);
        assertThat(rules.of(DecidingBody.COMMITTEE, PublicationKind.VOTE).mode()).isEqualTo(PublicationMode.AUTOMATIC);
        assertThat(PublicationRules.offered(DecidingBody.COLLEGE, PublicationKind.VOTE)).isFalse();
        assertThatThrownBy(() -> rules.of(DecidingBody.COLLEGE, PublicationKind.VOTE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownCategoryAMissingRuleAndABadOrganisationStopTheStartNamingEach() throws IOException {
        PublicationProperties good = defaults();
        Map<DecidingBody, Map<PublicationKind, PublicationProperties.Rule>> rules = new EnumMap<>(DecidingBody.class);
        good.rules().forEach((body, perKind) -> rules.put(body, new HashMap<>(perKind)));
        rules.get(DecidingBody.COUNCIL).put(PublicationKind.DECISION, new PublicationProperties.Rule(PublicationMode.EDITOR, "c_nonsense"));
        rules.get(DecidingBody.COLLEGE).remove(PublicationKind.LETTER);
        rules.get(DecidingBody.COUNCIL).remove(PublicationKind.VOTE);
        PublicationProperties bad = new PublicationProperties(new PublicationProperties.Organisation("Utrecht", " "),
                rules, good.watchInterval(), good.redactedMaxSize());

        assertThatThrownBy(() -> new PublicationRules(bad, CATEGORIES))
                .hasMessageContaining("hamerslag.publication.rules.COUNCIL.DECISION.category 'c_nonsense'")
                .hasMessageContaining("hamerslag.publication.rules.COLLEGE.LETTER is missing")
                .hasMessageContaining("hamerslag.publication.rules.COUNCIL.VOTE is missing")
                .hasMessageContaining("hamerslag.publication.organisation.uri")
                .hasMessageContaining("hamerslag.publication.organisation.name");
    }

    static PublicationProperties defaults() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        return Binder.get(environment).bind("hamerslag.publication", PublicationProperties.class).get();
    }
}
