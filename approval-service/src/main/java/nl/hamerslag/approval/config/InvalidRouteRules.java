package nl.hamerslag.approval.config;

/** The route rule file cannot be used; the message names the file and the line. Start-up stops. */
public class InvalidRouteRules extends IllegalStateException {

    private final String source;
    private final int line;

    public InvalidRouteRules(String source, int line, String problem) {
        super("Invalid route rules in " + source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based; 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
