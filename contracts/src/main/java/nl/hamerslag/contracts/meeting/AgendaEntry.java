package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.Manifest;

import java.util.List;

/**
 * One agendapunt as the agenda shows it, in order. ORI names: {@code agendapuntnummer} ({@code number}),
 * {@code indicatieHamerstuk} ({@code itemType} HAMMER_ITEM), {@code indicatieBesloten} ({@code confidential}).
 *
 * @param proposalId      null for an item that is not a proposal
 * @param itemType        null for an item that is not a proposal
 * @param confidentiality the proposal's confidentiality; null for an item that is not a proposal
 * @param documents       the proposal's documents as approved (its manifest's entries, main document first);
 *                        empty for an item that is not a proposal
 */
public record AgendaEntry(String agendaItemId, int number, AgendaItemKind kind, String title, ProposalId proposalId,
                          AgendaItemType itemType, boolean confidential, Confidentiality confidentiality,
                          List<Manifest.Entry> documents) {

    public AgendaEntry {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
