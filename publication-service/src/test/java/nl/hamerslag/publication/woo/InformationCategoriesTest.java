package nl.hamerslag.publication.woo;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The information categories in the repository are the DiWoo schema's list (informatiecategorielijst
 * in diwoo-metadata-lijsten.xsd, a copy of which is in the test resources): same URIs, same Dutch
 * labels, same order. When a new schema version changes the list, this test says what to change.
 */
class InformationCategoriesTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String DITA = "http://dita.oasis-open.org/architecture/2005/";

    @Test
    void theCategoriesInTheRepositoryAreTheDiwooSchemasList() throws Exception {
        List<InformationCategory> fromSchema = fromSchema();

        assertThat(InformationCategories.load().all()).extracting(InformationCategory::uri, InformationCategory::label)
                .containsExactlyElementsOf(fromSchema.stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.uri(), c.label())).toList());
    }

    @Test
    void seventeenCategoriesAreThoseOfArticle3_3AndTheRestIsArticle3_1() {
        List<InformationCategory> all = InformationCategories.load().all();

        assertThat(all).filteredOn(c -> c.article().equals("3.3")).hasSize(17);
        assertThat(all).filteredOn(c -> !c.article().equals("3.3"))
                .allSatisfy(c -> assertThat(c.label()).startsWith("inspanningsverplichting art 3.1"));
    }

    @Test
    void aCategoryIsFoundByItsUriOrItsCode() {
        InformationCategories categories = InformationCategories.load();

        assertThat(categories.find("c_3a248e3a")).get().extracting(InformationCategory::label)
                .isEqualTo("agenda’s en besluitenlijsten bestuurscolleges");
        assertThat(categories.find("https://identifier.overheid.nl/tooi/def/thes/kern/c_3a248e3a")).isPresent();
        assertThat(categories.find("c_00000000")).isEmpty();
    }

    private static List<InformationCategory> fromSchema() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document schema;
        try (InputStream in = InformationCategoriesTest.class.getResourceAsStream("/diwoo/diwoo-metadata-lijsten.xsd")) {
            schema = factory.newDocumentBuilder().parse(in);
        }
        NodeList types = schema.getElementsByTagNameNS(XS, "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (!"informatiecategorielijst".equals(type.getAttribute("name"))) {
                continue;
            }
            List<InformationCategory> categories = new ArrayList<>();
            NodeList values = type.getElementsByTagNameNS(XS, "enumeration");
            for (int v = 0; v < values.getLength(); v++) {
                Element value = (Element) values.item(v);
                String label = value.getElementsByTagNameNS(DITA, "p").item(0).getTextContent().strip();
                categories.add(new InformationCategory(value.getAttribute("value"), label, null));
            }
            assertThat(categories).as("the schema's list").isNotEmpty();
            return categories;
        }
        throw new AssertionError("the schema has no informatiecategorielijst");
    }
}
