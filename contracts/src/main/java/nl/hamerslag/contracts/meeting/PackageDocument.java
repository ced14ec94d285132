package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.ContentHash;

/** One document of a meeting package, as its manifest names it. */
public record PackageDocument(int itemNumber, String agendaItemId, String name, String mediaType, long size,
                              ContentHash sha256, boolean mergedIntoPdf) {
}
