package nl.hamerslag.launcher.helm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer does what Go's text/template and Helm do for the subset the chart uses, and refuses the rest. */
class ChartTemplatesTest {

    private static final Map<String, Object> ROOT = Map.of("Values", Map.of(
            "components", Map.of("b", Map.of("n", 2, "env", List.of(Map.of("name", "X", "value", "1"))),
                    "a", Map.of("n", 1, "env", List.of(), "resources", Map.of("limits", Map.of("memory", "1Gi")))),
            "flag", "", "name", "say \"hi\""));

    @Test
    void rangesOverAMapInKeyOrderAndTrimsWhereTheDashesSay() {
        String template = """
                {{- range $k, $c := .Values.components }}
                - {{ $k }}: {{ $c.n }}
                  {{- range $c.env }}
                  {{ .name }}={{ .value | quote }}
                  {{- end }}
                {{- end }}
                """;

        assertThat(ChartTemplates.render(template, ROOT)).isEqualTo("\n- a: 1\n- b: 2\n  X=\"1\"\n");
    }

    @Test
    void ifIsFalseForEmptyAndMissingValuesAndToYamlIndentsABlock() {
        String template = "{{ if .Values.flag }}no{{ end }}{{ if .Values.nothing.here }}no{{ end }}"
                + "r:{{- toYaml $.Values.components.a.resources | nindent 2 }}";

        assertThat(ChartTemplates.render(template, ROOT)).isEqualTo("r:\n  limits:\n    memory: 1Gi");
    }

    @Test
    void quoteEscapesAsGoDoes() {
        assertThat(ChartTemplates.render("{{ .Values.name | quote }}", ROOT)).isEqualTo("\"say \\\"hi\\\"\"");
    }

    @Test
    void aMissingValueAConstructOutsideTheSubsetAndAnUnclosedBlockAreRefused() {
        assertThatThrownBy(() -> ChartTemplates.render("{{ .Values.nam }}", ROOT)).hasMessageContaining(".Values.nam");
        assertThatThrownBy(() -> ChartTemplates.render("{{ include \"x\" . }}", ROOT)).hasMessageContaining("include");
        assertThatThrownBy(() -> ChartTemplates.render("{{ if .Values.flag }}a{{ else }}b{{ end }}", ROOT))
                .hasMessageContaining("else");
        assertThatThrownBy(() -> ChartTemplates.render("{{ range .Values.components }}x", ROOT)).hasMessageContaining("no {{ end }}");
    }
}
