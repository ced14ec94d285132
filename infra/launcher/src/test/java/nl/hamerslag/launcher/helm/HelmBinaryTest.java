package nl.hamerslag.launcher.helm;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code helm lint} and {@code helm template} on the chart, where a helm binary is on the PATH; skipped,
 * with the reason in the report, where none is (the build machines: not in Debian, not on Maven Central
 * or npm, get.helm.sh unreachable). {@link HelmChartTest} renders and checks the chart everywhere.
 */
class HelmBinaryTest {

    @Test
    void helmLintsAndRendersTheChart() throws IOException, InterruptedException {
        Optional<Path> helm = onPath("helm");
        assumeTrue(helm.isPresent(), "no helm binary on the PATH: helm lint and helm template not run; "
                + "HelmChartTest renders the chart with its own renderer and checks it against the Kubernetes model");

        run(helm.get().toString(), "lint", "--strict", RenderedChart.CHART.toString());
        String rendered = run(helm.get().toString(), "template", RenderedChart.RELEASE, RenderedChart.CHART.toString());

        // helm's own rendering and the test's renderer agree, so HelmChartTest checks what helm installs
        List<Object> byHelm = new ArrayList<>();
        new Yaml().loadAll(rendered).forEach(d -> {
            if (d != null) {
                byHelm.add(d);
            }
        });
        assertThat(byHelm).containsExactlyInAnyOrderElementsOf(RenderedChart.render(RenderedChart.values()).documents);
    }

    /** Runs the command and returns its standard output; a non-zero exit fails the test with what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(List.of(command) + " finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
