package nl.hamerslag.test.hostile;

import java.util.List;

/**
 * One request the harness sends: what it attacks (where, which field, with what kind of value)
 * and the bytes that carry it.
 */
record HostileCall(ApiOperation operation, String location, String field, String kind,
                   String target, List<String[]> headers, byte[] body, String correlationId) {

    String describe() {
        return operation + " " + location + (field == null ? "" : " '" + field + "'") + ": " + kind;
    }
}
