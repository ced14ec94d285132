package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.command.refusal.PackageVariantsIncomplete;
import nl.hamerslag.meeting.command.refusal.PackageVersionOutOfTurn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Vergaderstukken: the versions of one meeting's package, in their own stream beside the meeting's,
 * so that compiling a package never contends with the agenda or the decisions. Versions follow each
 * other without gaps; each version has every variant once. The PDFs and manifests themselves are
 * stored by the query side before this records them.
 */
@Aggregate
public class MeetingPackage {

    private static final String PREFIX = "package-";

    @AggregateIdentifier
    private String id;
    private int lastVersion;

    protected MeetingPackage() {
    }

    public static String idFor(String meetingId) {
        return PREFIX + meetingId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordPackageVersion command) {
        if (command.version() != lastVersion + 1) {
            throw new PackageVersionOutOfTurn(command.meetingId(), lastVersion, command.version());
        }
        Set<PackageVariant> variants = command.variants().stream().map(CompiledVariant::variant)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PackageVariant.class)));
        if (command.variants().size() != PackageVariant.values().length || variants.size() != PackageVariant.values().length) {
            throw new PackageVariantsIncomplete(command.meetingId(), command.version());
        }
        command.variants().forEach(v -> apply(new MeetingPackageCompiled(command.meetingId(), command.version(),
                v.variant(), v.pdfSha256(), v.manifestSha256(), v.pageCount(), v.documents())));
    }

    @EventSourcingHandler
    void on(MeetingPackageCompiled event) {
        id = idFor(event.meetingId());
        lastVersion = event.version();
    }
}
