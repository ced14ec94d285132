package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void aTokenWithOneRoleActsInThatRole() {
        Caller caller = Caller.of("mark", "Mark", Set.of(Role.MANAGER), "Ruimte");
        assertThat(caller.actor()).isEqualTo(new Actor("mark", "Mark", Role.MANAGER));
    }

    @Test
    void aTokenWithSeveralRolesRecordsTheRoleItActedInNotTheFirst() {
        Caller caller = Caller.of("sanne", "Sanne", Set.of(Role.AUTHOR, Role.MUNICIPAL_SECRETARY), "Directie");
        assertThat(caller.actingRoleOrRoles()).isEqualTo("AUTHOR,MUNICIPAL_SECRETARY");
        assertThatThrownBy(caller::actor).hasMessageContaining("actingAs");

        assertThat(caller.actingAs(Role.MUNICIPAL_SECRETARY).actor().role()).isEqualTo(Role.MUNICIPAL_SECRETARY);
    }

    @Test
    void nobodyActsInARoleTheirTokenDoesNotHold() {
        Caller caller = Caller.of("anna", "Anna", Set.of(Role.AUTHOR), "Ruimte");
        assertThatThrownBy(() -> caller.actingAs(Role.MANAGER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDepartmentCheckFailsClosedWithoutADepartment() {
        assertThat(Caller.of("x", "X", Set.of(Role.MANAGER), null).isOfDepartment("Ruimte")).isFalse();
        assertThat(Caller.of("x", "X", Set.of(Role.MANAGER), " ").isOfDepartment(" ")).isFalse();
        assertThat(Caller.of("x", "X", Set.of(Role.MANAGER), "Ruimte").isOfDepartment("ruimte")).isTrue();
    }
}
