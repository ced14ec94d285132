package nl.hamerslag.approval.support;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.TestTokens;

/** Bearer tokens beyond the demo users: several roles, another department, or none named. */
public final class ApprovalTokens {

    private ApprovalTokens() {
    }

    /** A bearer token; {@code department} null leaves the claim out. */
    public static String bearer(String subject, String name, String department, Role... roles) {
        return "Bearer " + TestTokens.forUser(subject, name, department, roles);
    }
}
