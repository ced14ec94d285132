package nl.hamerslag.drafting;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.hamerslag.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MultipartFile;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private final JavaClasses classes = ServiceArchitecture.importService("drafting");

    @Test
    void draftingIsBuiltTheOneWay() {
        ServiceArchitecture.check("drafting");
    }

    /** Attachments of up to 50 MB stream through the service; reading one whole would put it all on the heap. */
    @Test
    void noAttachmentIsEverReadWholeIntoMemory() {
        noClasses().that().resideInAPackage("nl.hamerslag.drafting..")
                .should().callMethodWhere(target(name("readAllBytes")))
                .orShould().callMethodWhere(target(name("getBytes")).and(target(owner(assignableTo(MultipartFile.class)))))
                .orShould().callMethodWhere(target(name("getResource")).and(target(owner(assignableTo(MultipartFile.class)))))
                .because("uploads and downloads are streamed in chunks (ContentStore)")
                .check(classes);
    }
}
