package nl.hamerslag.gateway.audit;

/** A service whose part of the dossier could not be read, and why (down, too slow, an error answer). */
public record MissingPart(String service, String reason) {
}
