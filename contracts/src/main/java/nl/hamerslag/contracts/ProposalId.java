package nl.hamerslag.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * The dossier key: the id of a proposal (voorstel). Every service carries it, every Kafka record
 * is keyed by it, so one proposal's history can be followed across all services.
 */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "proposal id");
    }

    public static ProposalId newId() {
        return new ProposalId(UUID.randomUUID());
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    @JsonCreator
    public static ProposalId of(String text) {
        return new ProposalId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
