package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.AgendaEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The agenda of one meeting: its items in order (numbered from 1), and the items withdrawn from it,
 * which stay known so that a withdrawn item is refused as withdrawn, not as unknown.
 */
final class Agenda {

    private final Map<String, AgendaItem> items = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    void add(AgendaItem item) {
        items.put(item.id(), item);
        order.add(item.id());
    }

    Optional<AgendaItem> find(String agendaItemId) {
        return Optional.ofNullable(items.get(agendaItemId));
    }

    void move(String agendaItemId, int position) {
        order.remove(agendaItemId);
        order.add(position - 1, agendaItemId);
    }

    void withdraw(String agendaItemId) {
        items.get(agendaItemId).withdraw();
        order.remove(agendaItemId);
    }

    int size() {
        return order.size();
    }

    int number(String agendaItemId) {
        return order.indexOf(agendaItemId) + 1;
    }

    /** The items on the agenda now, in order. */
    List<AgendaItem> current() {
        return order.stream().map(items::get).toList();
    }

    List<AgendaEntry> entries() {
        return IntStream.range(0, order.size()).mapToObj(i -> items.get(order.get(i)).entry(i + 1)).toList();
    }

    /** The item of {@code proposalId} on the agenda now, undecided or decided. */
    Optional<AgendaItem> holding(ProposalId proposalId) {
        return current().stream().filter(item -> proposalId.equals(item.proposalId())).findFirst();
    }

    int documents() {
        return current().stream().mapToInt(item -> item.documents().size()).sum();
    }

    List<AgendaItem> undecidedProposals() {
        return current().stream().filter(item -> item.isProposal() && !item.decided()).toList();
    }

    List<AgendaItem> undecidedHammerItems() {
        return current().stream().filter(item -> item.isHammerItem() && !item.decided()).toList();
    }
}
