package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import nl.hamerslag.contracts.meeting.PackageDocument;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.command.refusal.PackageVariantsIncomplete;
import nl.hamerslag.meeting.command.refusal.PackageVersionOutOfTurn;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

class MeetingPackageTest {

    private static final String MEETING = "meeting-7";
    private static final Caller SECRETARIAT = Caller.of("sanne.secretariaat", "Sanne", Set.of(Role.SECRETARIAT), null);
    private static final PackageDocument DOCUMENT = new PackageDocument(2, "item-2", "Voorstel.pdf", "application/pdf", 10,
            ContentHash.sha256("voorstel"), true);

    private AggregateTestFixture<MeetingPackage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingPackage.class);
    }

    @Test
    void theFirstVersionIsRecordedOncePerVariant() {
        fixture.givenNoPriorActivity()
                .when(RecordPackageVersion.of(MEETING, 1, both(1), SECRETARIAT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(compiled(1, PackageVariant.INTERNAL), compiled(1, PackageVariant.PUBLIC));
    }

    @Test
    void aLaterVersionFollowsTheLastOne() {
        fixture.given(compiled(1, PackageVariant.INTERNAL), compiled(1, PackageVariant.PUBLIC))
                .when(RecordPackageVersion.of(MEETING, 2, both(2), SECRETARIAT))
                .expectEvents(compiled(2, PackageVariant.INTERNAL), compiled(2, PackageVariant.PUBLIC));
    }

    @Test
    void aVersionCannotBeRecordedTwice() {
        fixture.given(compiled(1, PackageVariant.INTERNAL), compiled(1, PackageVariant.PUBLIC))
                .when(RecordPackageVersion.of(MEETING, 1, both(1), SECRETARIAT))
                .expectException(PackageVersionOutOfTurn.class)
                .expectNoEvents();
    }

    @Test
    void aVersionCannotSkipOne() {
        fixture.givenNoPriorActivity()
                .when(RecordPackageVersion.of(MEETING, 2, both(2), SECRETARIAT))
                .expectException(PackageVersionOutOfTurn.class);
    }

    @Test
    void aVersionHasEveryVariantExactlyOnce() {
        fixture.givenNoPriorActivity()
                .when(RecordPackageVersion.of(MEETING, 1, List.of(variant(1, PackageVariant.INTERNAL),
                        variant(1, PackageVariant.INTERNAL)), SECRETARIAT))
                .expectException(PackageVariantsIncomplete.class)
                .expectNoEvents();
    }

    private static List<CompiledVariant> both(int version) {
        return List.of(variant(version, PackageVariant.INTERNAL), variant(version, PackageVariant.PUBLIC));
    }

    private static CompiledVariant variant(int version, PackageVariant variant) {
        return new CompiledVariant(variant, ContentHash.sha256("pdf " + version + variant),
                ContentHash.sha256("manifest " + version + variant), 7, List.of(DOCUMENT));
    }

    private static MeetingPackageCompiled compiled(int version, PackageVariant variant) {
        CompiledVariant v = variant(version, variant);
        return new MeetingPackageCompiled(MEETING, version, variant, v.pdfSha256(), v.manifestSha256(), v.pageCount(),
                v.documents());
    }
}
