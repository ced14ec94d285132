package nl.hamerslag.platform.audit;

import java.util.List;
import java.util.UUID;

/**
 * The verify answer for one dossier in one service.
 *
 * @param intact           every tree head checked holds, every stream is intact and every document re-hashes
 * @param treeHeads        the signed tree heads checked against the leaves (database, witness topic)
 * @param streams          each stream of the dossier: intact, or its first mismatch
 * @param attachments      the dossier's documents re-hashed (drafting), else empty
 */
public record DossierVerification(UUID proposalId, String service, boolean intact, List<TreeHeadCheck> treeHeads,
                                  List<StreamVerification> streams, List<AttachmentCheck> attachments) {
}
