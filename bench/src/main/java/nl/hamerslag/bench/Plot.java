package nl.hamerslag.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docs/benchmarks.html: plain SVG in one file, no script and no library (jfreechart would be a dependency for
 * two kinds of chart): throughput against offered rate per call, and each open-model step's latency over time.
 */
final class Plot {

    private static final int W = 640;
    private static final int H = 300;
    private static final int PAD = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

    private Plot() {
    }

    static void write(Path file, Machine m, List<LoadResult> runs) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Hamerslag benchmarks</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                + "svg{border:1px solid #ccc;margin:.5em 0}</style></head><body>");
        b.append("<h1>Hamerslag benchmarks: plots</h1><p>").append(m.date()).append(", commit ").append(esc(m.commit()))
                .append(", ").append(m.cores()).append(" cores. The figures: <a href=\"benchmarks.md\">benchmarks.md</a>.</p>");
        b.append("<h2>Throughput against offered rate (open model)</h2>").append(throughput(runs));
        b.append("<h2>Latency over time, from the intended send time</h2>");
        for (LoadResult r : runs) {
            b.append("<h3>").append(esc(r.name())).append(" at ").append((int) r.offeredPerSecond()).append("/s: ")
                    .append(esc(r.latencyText())).append("</h3>").append(overTime(r));
        }
        b.append("</body></html>\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String throughput(List<LoadResult> runs) {
        Map<String, List<LoadResult>> byName = new LinkedHashMap<>();
        runs.forEach(r -> byName.computeIfAbsent(r.name(), k -> new java.util.ArrayList<>()).add(r));
        double max = runs.stream().mapToDouble(LoadResult::offeredPerSecond).max().orElse(1);
        StringBuilder s = svgStart("offered /s", "ok /s", max, max);
        s.append(line(0, 0, max, max, max, max, "#999", "4 4")); // what a system that keeps up would do
        int i = 0;
        for (Map.Entry<String, List<LoadResult>> e : byName.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            List<LoadResult> points = e.getValue();
            for (int p = 0; p < points.size(); p++) {
                LoadResult r = points.get(p);
                s.append(dot(r.offeredPerSecond(), r.okPerSecond(), max, max, colour));
                if (p > 0) {
                    LoadResult q = points.get(p - 1);
                    s.append(line(q.offeredPerSecond(), q.okPerSecond(), r.offeredPerSecond(), r.okPerSecond(), max, max, colour, ""));
                }
            }
            s.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"%s\" font-size=\"12\">%s</text>", PAD + 10, PAD / 2 + 14 * i + 12,
                    colour, esc(e.getKey())));
            i++;
        }
        return s.append("</svg>").toString();
    }

    private static String overTime(LoadResult r) {
        double maxX = r.samples().stream().mapToDouble(p -> p[0] / 1000.0).max().orElse(1);
        double maxY = Math.max(1, r.percentileMs(99.9));
        StringBuilder s = svgStart("intended send time (s)", "latency (ms)", Math.max(maxX, 1), maxY);
        for (long[] p : r.samples()) {
            s.append(dot(p[0] / 1000.0, Math.min(p[1], maxY), Math.max(maxX, 1), maxY, "#1f77b4"));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder svgStart(String xLabel, String yLabel, double maxX, double maxY) {
        StringBuilder s = new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">", W, H));
        s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>", PAD, H - PAD, W - 10, H - PAD));
        s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>", PAD, 10, PAD, H - PAD));
        s.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s (max %.0f)</text>", W / 2 - 60, H - 15, esc(xLabel), maxX));
        s.append(String.format("<text x=\"5\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 12 %d)\">%s (max %.0f)</text>",
                H / 2 + 40, H / 2 + 40, esc(yLabel), maxY));
        return s;
    }

    private static String dot(double x, double y, double maxX, double maxY, String colour) {
        return String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"%s\"/>", px(x, maxX), py(y, maxY), colour);
    }

    private static String line(double x1, double y1, double x2, double y2, double maxX, double maxY, String colour, String dash) {
        return String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"%s\"/>",
                px(x1, maxX), py(y1, maxY), px(x2, maxX), py(y2, maxY), colour, dash);
    }

    private static double px(double x, double maxX) {
        return PAD + x / maxX * (W - PAD - 10);
    }

    private static double py(double y, double maxY) {
        return H - PAD - y / maxY * (H - PAD - 10);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
