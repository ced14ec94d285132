package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.documents.OwnedDocument;
import nl.hamerslag.platform.documents.OwnedDocuments;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One source of owned documents in the test service: a letter held in memory, with its name. */
@Component
public class LetterArchive implements OwnedDocuments {

    public static final byte[] LETTER = "Afdoeningsbrief motie M12, Marktplein".getBytes(StandardCharsets.UTF_8);
    public static final ContentHash LETTER_HASH = ContentHash.sha256(LETTER);

    @Override
    public Optional<OwnedDocument> find(ContentHash sha256) {
        return LETTER_HASH.equals(sha256)
                ? Optional.of(OwnedDocument.of(LETTER_HASH, "text/plain", "afdoeningsbrief M12.txt", LETTER))
                : Optional.empty();
    }
}
