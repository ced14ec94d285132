package nl.hamerslag.platform.audit;

/**
 * One signed tree head checked against the leaves in the database.
 *
 * @param source         where the head came from: {@code database}, {@code kafka} (the witness topic) or
 *                       {@code held} (given by the one who verifies)
 * @param signatureValid the signature is the head's, by the key it names
 * @param keyIsServices  that key is this service's current tree-head key
 * @param matchesLog     the root of the first {@code treeSize} leaves in the database is the head's root
 * @param detail         why not, in words; null when all holds
 */
public record TreeHeadCheck(String source, SignedTreeHead head, boolean signatureValid, boolean keyIsServices,
                            boolean matchesLog, String detail) {

    public boolean holds() {
        return signatureValid && keyIsServices && matchesLog;
    }
}
