package nl.hamerslag.identity;

import nl.hamerslag.contracts.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo users of local mode. Two line departments (Ruimte and Sociaal Domein) each have their own
 * author and manager, and there are two financial controllers, so that who-sees-what and
 * who-may-sign-what can be tried: a manager of Sociaal Domein cannot sign for Ruimte, and a
 * confidential proposal is not shown to every holder of a role. The first user of a role is the
 * one {@link #forRole} gives.
 */
public final class DemoUsers {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("anna.steller", "Anna de Steller", Role.AUTHOR, "Ruimte"),
            new DemoUser("mark.leidinggevende", "Mark Leidinggevende", Role.MANAGER, "Ruimte"),
            new DemoUser("fiona.financien", "Fiona Financiën", Role.FINANCIAL_CONTROLLER, "Financiën"),
            new DemoUser("jeroen.jurist", "Jeroen Jurist", Role.LEGAL_CONTROLLER, "Juridische Zaken"),
            new DemoUser("sanne.secretaris", "Sanne Secretaris", Role.MUNICIPAL_SECRETARY, "Directie"),
            new DemoUser("bas.bestuurssecretariaat", "Bas Bestuurssecretariaat", Role.SECRETARIAT, "Bestuurszaken"),
            new DemoUser("wim.wethouder", "Wim Wethouder", Role.COLLEGE_MEMBER, "College"),
            new DemoUser("greet.griffier", "Greet Griffier", Role.CLERK, "Griffie"),
            new DemoUser("ria.raadslid", "Ria Raadslid", Role.COUNCIL_MEMBER, "Raad"),
            new DemoUser("evert.eindredacteur", "Evert Eindredacteur", Role.FINAL_EDITOR, "Communicatie"),
            new DemoUser("aart.auditor", "Aart Auditor", Role.AUDITOR, "Concerncontrol"),
            new DemoUser("ada.beheer", "Ada Beheer", Role.ADMIN, "ICT"),
            new DemoUser("sofie.sociaal", "Sofie Sociaal", Role.AUTHOR, "Sociaal Domein"),
            new DemoUser("mehmet.manager", "Mehmet Manager", Role.MANAGER, "Sociaal Domein"),
            new DemoUser("frank.financien", "Frank Financiën", Role.FINANCIAL_CONTROLLER, "Financiën"));

    private DemoUsers() {
    }

    public static DemoUser forRole(Role role) {
        return ALL.stream().filter(u -> u.role() == role).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user has role " + role));
    }

    public static Optional<DemoUser> bySubject(String subject) {
        return ALL.stream().filter(u -> u.subject().equals(subject)).findFirst();
    }

    /**
     * The shell variable a user's token is printed as: {@code TOKEN_<ROLE>} for the first user of a
     * role (the README's curl flow uses these), {@code TOKEN_<ROLE>_<FIRST NAME>} for the others.
     */
    public static String tokenVariable(DemoUser user) {
        String base = "TOKEN_" + user.role().name();
        if (forRole(user.role()).equals(user)) {
            return base;
        }
        return base + "_" + user.subject().split("\\.")[0].toUpperCase(Locale.ROOT);
    }

    /** Parses a role name case-insensitively; the message lists the valid names. */
    public static Role parseRole(String name) {
        return Arrays.stream(Role.values())
                .filter(r -> r != Role.SYSTEM && r.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + name + "'; use one of "
                        + Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).toList()));
    }
}
