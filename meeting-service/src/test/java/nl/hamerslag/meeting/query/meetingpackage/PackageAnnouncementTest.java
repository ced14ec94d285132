package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import nl.hamerslag.contracts.meeting.PackageDocument;
import nl.hamerslag.contracts.meeting.PackageVariant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageAnnouncementTest {

    @Test
    void aMeetingOfTwentyProposalsWithFiveDocumentsEachIsAnnounced() {
        assertThatCode(() -> PackageAnnouncement.check(compiled(100, "Raadsvoorstel Herinrichting Marktplein.pdf")))
                .doesNotThrowAnyException();
    }

    @Test
    void anAnnouncementThatWouldNotFitOneKafkaRecordIsRefusedBeforeAnythingIsKept() {
        // 2000 documents named with 255 control characters, the character that takes most bytes in JSON
        assertThatThrownBy(() -> PackageAnnouncement.check(compiled(2000, "\u0001".repeat(255))))
                .isInstanceOf(PackageTooLargeToAnnounce.class)
                .hasMessageContaining("2000 documents");
    }

    private static MeetingPackageCompiled compiled(int documents, String name) {
        List<PackageDocument> list = IntStream.range(0, documents).mapToObj(i -> new PackageDocument(i / 5 + 1,
                "item-" + i, name, "application/pdf", 123_456, ContentHash.sha256("doc " + i), true)).toList();
        return new MeetingPackageCompiled("meeting-1", 1, PackageVariant.INTERNAL, ContentHash.sha256("pdf"),
                ContentHash.sha256("manifest"), 500, list);
    }
}
