package nl.hamerslag.publication.query.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Woo information categories (art. 3.3 lid 2, plus the best-effort duty of art. 3.1) with their
 * TOOI identifiers, as the DiWoo value list {@code scw_woo_informatiecategorieen} names them. The
 * public channels filter on them and offer them in the search form; a search for a category outside
 * this list is a mistake of the caller, not an empty result.
 */
public enum InformationCategory {
    LAWS("c_139c6280", "wetten en algemeen verbindende voorschriften"),
    GENERAL_DECISIONS("c_aab6bfc7", "overige besluiten van algemene strekking"),
    DRAFT_REGULATIONS("c_759721e2", "ontwerpen van wet- en regelgeving met adviesaanvraag"),
    ORGANISATION("c_40a05794", "organisatie en werkwijze"),
    CONTACT_DETAILS("c_89ee6784", "bereikbaarheidsgegevens"),
    INCOMING_DOCUMENTS("c_8c840238", "bij vertegenwoordigende organen ingekomen stukken"),
    STATES_GENERAL_MEETING_DOCUMENTS("c_c76862ab", "vergaderstukken Staten-Generaal"),
    DECENTRAL_MEETING_DOCUMENTS("c_db4862c3", "vergaderstukken decentrale overheden"),
    AGENDAS_AND_DECISION_LISTS("c_3a248e3a", "agenda’s en besluitenlijsten bestuurscolleges"),
    ADVICE("c_99a836c7", "adviezen"),
    COVENANTS("c_8fc2335c", "convenanten"),
    ANNUAL_PLANS_AND_REPORTS("c_c6cd1213", "jaarplannen en jaarverslagen"),
    SUBSIDY_OBLIGATIONS("c_cf268088", "subsidieverplichtingen anders dan met beschikking"),
    WOO_REQUESTS("c_3baef532", "Woo-verzoeken en -besluiten"),
    RESEARCH_REPORTS("c_fdaee95e", "onderzoeksrapporten"),
    ORDERS("c_46a81018", "beschikkingen"),
    COMPLAINT_JUDGEMENTS("c_a870c43d", "klachtoordelen"),
    BEST_EFFORT("c_816e508d", "inspanningsverplichting art 3.1 Woo");

    /** Where the TOOI concept identifiers of the Woo categories live. */
    public static final String TOOI_PREFIX = "https://identifier.overheid.nl/tooi/def/thes/kern/";

    private final String code;
    private final String label;

    InformationCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The TOOI code, e.g. {@code c_db4862c3}. */
    public String code() {
        return code;
    }

    /** The full TOOI URI, as {@code public_publication.information_category} holds it. */
    public String uri() {
        return TOOI_PREFIX + code;
    }

    /** The Dutch label of the value list. */
    public String label() {
        return label;
    }

    /** The category a caller named by its TOOI code ({@code c_db4862c3}) or its full TOOI URI, in any case. */
    public static Optional<InformationCategory> named(String codeOrUri) {
        String code = codeOrUri.toLowerCase(Locale.ROOT);
        String prefix = TOOI_PREFIX.toLowerCase(Locale.ROOT);
        String bare = code.startsWith(prefix) ? code.substring(prefix.length()) : code;
        return Arrays.stream(values()).filter(c -> c.code.equals(bare)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(InformationCategory::code).toList();
    }
}
