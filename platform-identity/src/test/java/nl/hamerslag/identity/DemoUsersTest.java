package nl.hamerslag.identity;

import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;

import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTest {

    @Test
    void twoLineDepartmentsEachHaveTheirOwnAuthorAndManager() {
        var authorDepartments = DemoUsers.ALL.stream().filter(u -> u.role() == Role.AUTHOR)
                .map(DemoUser::department).collect(Collectors.toSet());
        var managerDepartments = DemoUsers.ALL.stream().filter(u -> u.role() == Role.MANAGER)
                .map(DemoUser::department).collect(Collectors.toSet());

        assertThat(authorDepartments).hasSizeGreaterThanOrEqualTo(2).isEqualTo(managerDepartments);
    }

    @Test
    void thereIsASecondControllerSoAConfidentialCircleIsNotEveryHolderOfTheRole() {
        assertThat(DemoUsers.ALL.stream().filter(u -> u.role() == Role.FINANCIAL_CONTROLLER)).hasSize(2);
    }

    @Test
    void everyUserHasTheirOwnTokenVariableAndTheFirstOfARoleKeepsThePlainName() {
        var variables = DemoUsers.ALL.stream().map(DemoUsers::tokenVariable).toList();

        assertThat(variables).doesNotHaveDuplicates().allMatch(Objects::nonNull);
        assertThat(DemoUsers.tokenVariable(DemoUsers.forRole(Role.AUTHOR))).isEqualTo("TOKEN_AUTHOR");
        assertThat(DemoUsers.tokenVariable(DemoUsers.bySubject("sofie.sociaal").orElseThrow()))
                .isEqualTo("TOKEN_AUTHOR_SOFIE");
    }
}
