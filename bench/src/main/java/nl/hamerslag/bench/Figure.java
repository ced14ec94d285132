package nl.hamerslag.bench;

/**
 * One measured number of the table in docs/benchmarks.md, with what it is compared to.
 *
 * @param section       the table it belongs in
 * @param what          what was measured, in words
 * @param value         the figure as printed ("82.4/s", "p50 39 ms"); "failed: ..." when the measurement failed
 * @param baselineLabel what it is compared to, or "" when nothing on this machine is comparable
 * @param ratio         value ÷ baseline as printed ("0.7 %"), or ""
 */
record Figure(String section, String what, String value, String baselineLabel, String ratio) {

    static Figure of(String section, String what, String value) {
        return new Figure(section, what, value, "", "");
    }
}
