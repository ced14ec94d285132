package nl.hamerslag.publication.ori;

import java.util.Map;

/**
 * One ORI resource as it is public now: its type, our own id (bronidentificatie), the scope it is derived
 * from ({@code publication:<id>} or {@code meeting:<id>}), the organisation's TOOI code, and its content as
 * the ORI API shows it (an ordered map, so its JSON and content hash are the same on every rebuild).
 */
public record OriResource(OriResourceType type, String bronidentificatie, String scope, String organisatiecode,
                          Map<String, Object> content) {
}
