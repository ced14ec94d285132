package nl.hamerslag.test.hostile;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.TestTokens;

import java.util.Arrays;

/**
 * A bearer token holding every role, so each operation's own rules, not the role check, decide:
 * hostile input must be refused by the input rules wherever it goes, not only where a role lets it in.
 */
public final class EveryRoleToken {

    private EveryRoleToken() {
    }

    public static String bearer() {
        return "Bearer " + TestTokens.forUser("hostile.tester", "Hostile Tester", "Ruimte",
                Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).toArray(Role[]::new));
    }
}
