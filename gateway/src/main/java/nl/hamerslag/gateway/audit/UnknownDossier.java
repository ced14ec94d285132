package nl.hamerslag.gateway.audit;

import java.util.List;
import java.util.UUID;

/** No service could show anything of the dossier: each said it knows no such proposal, or could not be read. */
public class UnknownDossier extends RuntimeException {

    public UnknownDossier(UUID proposalId, List<MissingPart> missing) {
        super("No service knows proposal " + proposalId + (missing.isEmpty() ? ""
                : "; not reachable: " + String.join(", ", missing.stream()
                        .map(m -> m.service() + " (" + m.reason() + ")").toList())));
    }
}
