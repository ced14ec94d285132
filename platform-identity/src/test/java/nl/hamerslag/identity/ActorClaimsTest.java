package nl.hamerslag.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ActorClaimsTest {

    private static Map<String, Object> claims(String claim, Object value) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "anna.steller", "name", "Anna de Steller",
                "department", "Ruimte", "roles", List.of("AUTHOR")));
        claims.put(claim, value);
        return claims;
    }

    @Test
    void theDemoUsersClaimsAreAccepted() {
        DemoUsers.ALL.forEach(user -> assertThat(ActorClaims.refusal(Map.of("sub", user.subject(),
                "name", user.name(), "department", user.department()))).isEmpty());
    }

    @Test
    void claimsUpToTheColumnWidthAreAcceptedAndNameAndDepartmentMayBeMissing() {
        assertThat(ActorClaims.refusal(claims("name", "n".repeat(ActorClaims.MAX_LENGTH)))).isEmpty();
        assertThat(ActorClaims.refusal(Map.of("sub", "anna.steller"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "name", "department"})
    void aClaimLongerThanTheColumnItIsStoredInIsRefusedByName(String claim) {
        assertThat(ActorClaims.refusal(claims(claim, "x".repeat(ActorClaims.MAX_LENGTH + 1))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("'" + claim + "'", "200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "name", "department"})
    void aClaimWithControlCharactersIsRefusedByName(String claim) {
        assertThat(ActorClaims.refusal(claims(claim, "Anna\r\nINFO forged log line")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("'" + claim + "'", "control"));
    }

    @Test
    void aNameThatIsNotTextIsRefused() {
        assertThat(ActorClaims.refusal(claims("name", List.of("a", "b")))).hasValueSatisfying(
                reason -> assertThat(reason).contains("'name'", "text"));
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        Map<String, Object> claims = claims("name", "Anna");
        claims.remove("sub");

        assertThat(ActorClaims.refusal(claims)).hasValueSatisfying(reason -> assertThat(reason).contains("'sub'"));
    }
}
