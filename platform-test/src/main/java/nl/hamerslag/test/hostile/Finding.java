package nl.hamerslag.test.hostile;

/** A request whose answer broke a rule: a 5xx, an error that is not problem+json, or a refusal that stored events. */
public record Finding(String request, String broken, int status, String answer) {

    @Override
    public String toString() {
        return request + " -> " + (status == 0 ? "" : status + " ") + broken + (answer == null ? "" : ": " + answer);
    }
}
