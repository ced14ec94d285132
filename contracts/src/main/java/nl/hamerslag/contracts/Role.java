package nl.hamerslag.contracts;

/**
 * The roles a token's {@code roles} claim can carry. A step, an action or a view names the role it needs.
 */
public enum Role {
    /** steller: drafts proposals. */
    AUTHOR,
    /** leidinggevende / afdelingshoofd: always signs first. */
    MANAGER,
    /** financieel controller. */
    FINANCIAL_CONTROLLER,
    /** juridisch controller. */
    LEGAL_CONTROLLER,
    /** gemeentesecretaris: last signature before the college. */
    MUNICIPAL_SECRETARY,
    /** bestuurssecretariaat: prepares college meetings. */
    SECRETARIAT,
    /** collegelid: mayor or alderman. */
    COLLEGE_MEMBER,
    /** griffie / griffier: serves the council. */
    CLERK,
    /** raadslid. */
    COUNCIL_MEMBER,
    /** eindredacteur: decides on publication. */
    FINAL_EDITOR,
    /** replays and verifies histories. */
    AUDITOR,
    /** operates the system. */
    ADMIN,
    /** a service acting on an event of another service, never in a user's token. */
    SYSTEM
}
