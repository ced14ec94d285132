package nl.hamerslag.publication.woo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Woo information categories as data in the repository ({@code woo/informatiecategorieen.json},
 * taken from TOOI's list {@code scw_woo_informatiecategorieen} as the DiWoo schema carries it; a test
 * fails when the two disagree). A category may be named by its full TOOI URI or by its last part
 * ({@code c_3a248e3a}).
 */
public final class InformationCategories {

    /** Where the list lives on the class path. */
    public static final String RESOURCE = "/woo/informatiecategorieen.json";

    /** Where the TOOI concept identifiers of the Woo categories live. */
    public static final String TOOI_PREFIX = "https://identifier.overheid.nl/tooi/def/thes/kern/";

    private static final InformationCategories CARRIED = load();

    private final Map<String, InformationCategory> byUri;

    private InformationCategories(List<InformationCategory> categories) {
        Map<String, InformationCategory> map = new LinkedHashMap<>();
        categories.forEach(category -> map.put(category.uri(), category));
        this.byUri = Collections.unmodifiableMap(map);
    }

    /** The list this build carries, read once. */
    public static InformationCategories carried() {
        return CARRIED;
    }

    /** Reads the list this build carries. */
    public static InformationCategories load() {
        try (InputStream in = InformationCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Woo information categories are missing from the class path: " + RESOURCE);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<InformationCategory> categories = new ArrayList<>();
            for (JsonNode node : root.get("categories")) {
                categories.add(new InformationCategory(node.get("uri").asString(), node.get("label").asString(),
                        node.get("article").asString()));
            }
            return new InformationCategories(categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<InformationCategory> all() {
        return List.copyOf(byUri.values());
    }

    /** The category by its TOOI URI or by the last part of it ({@code c_3a248e3a}), in any case. */
    public Optional<InformationCategory> find(String uriOrCode) {
        if (uriOrCode == null) {
            return Optional.empty();
        }
        String given = uriOrCode.strip().toLowerCase(java.util.Locale.ROOT);
        String uri = given.startsWith(TOOI_PREFIX) ? given : TOOI_PREFIX + given;
        return Optional.ofNullable(byUri.get(uri));
    }

    /** The codes of every category, for a message that says what to send. */
    public List<String> codes() {
        return byUri.values().stream().map(InformationCategory::code).toList();
    }
}
