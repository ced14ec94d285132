package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record that version {@code version} of a meeting's package was compiled and stored, in each of its
 * variants. Sent to the meeting's package stream ({@link MeetingPackage#idFor}).
 */
public record RecordPackageVersion(@TargetAggregateIdentifier String packageId, String meetingId, int version,
                                   List<CompiledVariant> variants, Caller caller) implements CallerCommand {

    public RecordPackageVersion {
        variants = List.copyOf(variants);
    }

    public static RecordPackageVersion of(String meetingId, int version, List<CompiledVariant> variants, Caller caller) {
        return new RecordPackageVersion(MeetingPackage.idFor(meetingId), meetingId, version, variants, caller);
    }
}
