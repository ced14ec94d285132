package nl.hamerslag.platform.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a document's name may be, for every service that takes uploads. */
class FileNamesTest {

    @Test
    void anOrdinaryNameIsKeptAsItIs() {
        assertThat(FileNames.sanitise("Raadsvoorstel Marktplein (v2).pdf")).isEqualTo("Raadsvoorstel Marktplein (v2).pdf");
    }

    @Test
    void aNameWithAPathIsRefusedNotCut() {
        for (String withPath : new String[]{"../../etc/passwd.pdf", "map/brief.pdf", "C:\\Users\\anna\\brief.pdf",
                "C:brief.pdf", "..\\brief.pdf"}) {
            assertThatThrownBy(() -> FileNames.sanitise(withPath)).as(withPath)
                    .isInstanceOf(FileNames.InvalidFileName.class).hasMessageContaining("path");
        }
    }

    @Test
    void bidiOverridesAndLineSeparatorsAreRemovedSoTheyCannotDisguiseTheExtension() {
        assertThat(FileNames.sanitise("kaart\u202Egnp.exe")).isEqualTo("kaartgnp.exe");
        assertThat(FileNames.sanitise("brief\u2028.pdf")).isEqualTo("brief.pdf");
        assertThat(FileNames.sanitise("brief\u0007.pdf")).isEqualTo("brief.pdf");
    }

    @Test
    void aRefusalNeverRepeatsTheNameItRefuses() {
        String hostile = "\u202E<script>/x";
        assertThatThrownBy(() -> FileNames.sanitise(hostile)).isInstanceOf(FileNames.InvalidFileName.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("script").doesNotContain("\u202E"));
    }

    @Test
    void noNameOrOnlyDotsIsNotAName() {
        for (String unusable : new String[]{null, "", "   ", ".", "..", "\u202E\u202C"}) {
            assertThatThrownBy(() -> FileNames.sanitise(unusable)).as(String.valueOf(unusable))
                    .isInstanceOf(FileNames.InvalidFileName.class);
        }
    }

    @Test
    void aNameIsAtMost255Characters() {
        String longest = "x".repeat(FileNames.MAX_LENGTH - 4) + ".pdf";
        assertThat(FileNames.sanitise(longest)).isEqualTo(longest);
        assertThatThrownBy(() -> FileNames.sanitise("x" + longest)).isInstanceOf(FileNames.InvalidFileName.class)
                .hasMessageContaining("256 characters");
    }
}
