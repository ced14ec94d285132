package nl.hamerslag.gateway.audit;

/** One file of an export bundle: its path inside the zip and its bytes. */
public record BundleFile(String path, byte[] content) {
}
