package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemType;

import java.util.List;
import java.util.Optional;

/** An agenda item a variant shows, with the documents it shows of it. */
record PackageItem(AgendaEntry entry, boolean documentsShown, List<PackagePart> parts) implements AutoCloseable {

    /** "2. Herinrichting Marktplein - A (hamerstuk)": on the agenda page and as the bookmark. */
    String heading() {
        String type = entry.itemType() == AgendaItemType.HAMMER_ITEM ? " - A (hamerstuk)"
                : entry.itemType() == AgendaItemType.DEBATE_ITEM ? " - B (bespreekstuk)" : "";
        return entry.number() + ". " + entry.title() + type;
    }

    Optional<PackagePart> firstMerged() {
        return parts.stream().filter(PackagePart::merged).findFirst();
    }

    @Override
    public void close() {
        parts.forEach(PackagePart::close);
    }
}
