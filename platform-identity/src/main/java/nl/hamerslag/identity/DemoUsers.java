package nl.hamerslag.identity;

import nl.hamerslag.contracts.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The demo users of local mode: one per role, all in the department "Ruimte" unless staff-wide. */
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
            new DemoUser("ada.beheer", "Ada Beheer", Role.ADMIN, "ICT"));

    private DemoUsers() {
    }

    public static DemoUser forRole(Role role) {
        return ALL.stream().filter(u -> u.role() == role).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user has role " + role));
    }

    public static Optional<DemoUser> bySubject(String subject) {
        return ALL.stream().filter(u -> u.subject().equals(subject)).findFirst();
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
