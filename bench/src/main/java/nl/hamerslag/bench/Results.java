package nl.hamerslag.bench;

import java.util.ArrayList;
import java.util.List;

/** Everything one run measured, in the order it was measured; each figure is printed as soon as it exists. */
final class Results {

    final List<Figure> figures = new ArrayList<>();
    final List<LoadResult> openRuns = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    void add(Figure f) {
        figures.add(f);
        System.out.printf("bench | %-14s | %-60s | %s%s%n", f.section(), f.what(), f.value(),
                f.baselineLabel().isEmpty() ? "" : "  [" + f.ratio() + " of " + f.baselineLabel() + "]");
    }

    /** A measurement that could not be taken: printed with its cause and named in the report, never left out silently. */
    void failed(String section, String what, Exception e) {
        System.err.println("bench: " + what + " failed:");
        e.printStackTrace();
        String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
        failures.add(what + ": " + msg);
        add(Figure.of(section, what, "failed (" + LoadGenerator.abbreviate(msg) + ")"));
    }

    static String ratio(double value, double baseline) {
        if (!(baseline > 0) || Double.isNaN(value)) {
            return "";
        }
        double r = value / baseline;
        return r < 0.1 ? String.format("%.2f %%", r * 100) : String.format("%.2f×", r);
    }

    static String perSecond(double v) {
        return String.format("%,.0f/s", v);
    }
}
