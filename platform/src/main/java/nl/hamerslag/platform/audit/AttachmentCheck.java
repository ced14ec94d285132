package nl.hamerslag.platform.audit;

/**
 * A document of a dossier re-hashed from the bytes the service holds.
 *
 * @param sha256 the hash the events name
 * @param name   the file name the events give it
 * @param intact the bytes held still have that hash
 * @param detail what is wrong, or null
 */
public record AttachmentCheck(String sha256, String name, boolean intact, String detail) {
}
