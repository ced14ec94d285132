package nl.hamerslag.platform.audit;

import java.util.List;
import java.util.UUID;

/** Every stream of this service that belongs to a proposal (its dossier), each whole. */
public record AuditedDossier(UUID proposalId, String service, List<AuditedStream> streams) {
}
