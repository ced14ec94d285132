package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.command.CompiledVariant;
import nl.hamerslag.meeting.command.RecordPackageVersion;
import nl.hamerslag.meeting.command.refusal.PackageVersionOutOfTurn;
import nl.hamerslag.platform.documents.DocumentHashMismatch;
import nl.hamerslag.platform.documents.DocumentUnavailable;
import nl.hamerslag.platform.documents.Documents;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the next version of a meeting's package from the agenda as it now stands: fetches every
 * document from drafting (verified by hash), builds both variants, and only when everything
 * succeeded stores them and records the version on the meeting's package stream, in one
 * transaction. A document that cannot be fetched or does not match its hash stops the compile
 * before anything is stored.
 */
@Component
public class MeetingPackageCompiler {

    private static final Logger log = LoggerFactory.getLogger(MeetingPackageCompiler.class);

    private final MeetingPackageStore store;
    private final ObjectProvider<Documents> documents;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PackagePdfBuilder builder = new PackagePdfBuilder();

    public MeetingPackageCompiler(MeetingPackageStore store, ObjectProvider<Documents> documents,
                                  CommandGateway commands, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.documents = documents;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = Clock.systemUTC();
    }

    /** Compiles version n+1 for {@code compiler} (acting as SECRETARIAT or CLERK); returns it as stored. */
    public PackageVersionView compile(PackageMeeting meeting, Caller compiler) {
        if (!meeting.agendaPublished()) {
            throw new PackageAgendaNotPublished(meeting.meetingId());
        }
        String meetingId = meeting.meetingId();
        int version = store.lastVersion(meetingId) + 1;
        Map<ContentHash, byte[]> fetched = fetchAll(meeting.agenda());
        List<CompiledPackage> built = new ArrayList<>();
        for (PackageVariant variant : PackageVariant.values()) {
            PackageManifest previous = version == 1 ? null : store.manifest(meetingId, version - 1, variant)
                    .map(file -> PackagePdfBuilder.readManifest(file.content())).orElse(null);
            built.add(builder.build(new PackageOrder(meeting.header(), version, variant, meeting.agenda(), previous),
                    fetched::get));
        }
        List<CompiledVariant> variants = built.stream().map(p -> new CompiledVariant(p.variant(), p.pdfSha256(),
                p.manifestSha256(), p.pageCount(), p.documents())).toList();
        variants.forEach(v -> PackageAnnouncement.check(new MeetingPackageCompiled(meetingId, version, v.variant(),
                v.pdfSha256(), v.manifestSha256(), v.pageCount(), v.documents())));
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(meetingId, built, clock.instant(), compiler.subject());
                commands.sendAndWait(RecordPackageVersion.of(meetingId, version, variants, compiler));
            });
        } catch (DuplicateKeyException e) {
            throw new PackageVersionOutOfTurn(meetingId, version, version);
        }
        log.info("Compiled version {} of the package of meeting {} ({} documents)", version, meetingId, fetched.size());
        return store.version(meetingId, version).orElseThrow();
    }

    /** Every document of every item, once per hash, from its owner; the first one that fails stops the compile. */
    private Map<ContentHash, byte[]> fetchAll(List<AgendaEntry> agenda) {
        Documents source = documents.getIfAvailable();
        Map<ContentHash, byte[]> fetched = new LinkedHashMap<>();
        for (AgendaEntry entry : agenda) {
            for (Manifest.Entry document : entry.documents()) {
                if (fetched.containsKey(document.sha256())) {
                    continue;
                }
                if (source == null) {
                    throw new PackageDocumentUnavailable(entry.number(), document.name(), document.sha256(),
                            new IllegalStateException("no Documents source is configured in this service"));
                }
                try {
                    fetched.put(document.sha256(), source.get(ServiceCatalog.DRAFTING, document.sha256()));
                } catch (DocumentHashMismatch e) {
                    throw new PackageDocumentMismatch(entry.number(), document.name(), document.sha256(), e.actual());
                } catch (DocumentUnavailable e) {
                    throw new PackageDocumentUnavailable(entry.number(), document.name(), document.sha256(), e);
                }
            }
        }
        return fetched;
    }
}
