package nl.hamerslag.platform.audit;

import java.util.List;
import java.util.UUID;

/**
 * A service that holds documents of a dossier (drafting's attachments) re-hashes them for a verify.
 * Optional: a service without documents declares no such bean.
 */
public interface DossierDocuments {

    List<AttachmentCheck> check(UUID proposalId);
}
