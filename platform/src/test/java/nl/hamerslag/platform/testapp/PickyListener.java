package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.problem.RuleViolation;
import nl.hamerslag.platform.testapp.TallyMessages.TallyCounted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consumer the tests can make fail, per tally: refused (a rule violation, never handled as it is)
 * or failing transiently (as if its database were away) until healed. Keeps the numbers it applied.
 */
@Component
public class PickyListener {

    public static final String GROUP = "platform-test-picky";

    private final Inbox inbox;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Integer>> applied = new ConcurrentHashMap<>();

    PickyListener(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.DRAFTING, groupId = GROUP)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("picky", record, TallyCounted.class, event -> {
            if (unreachable.contains(event.tallyId())) {
                throw new DataAccessResourceFailureException("the picky database is away (test)");
            }
            if (refused.contains(event.tallyId())) {
                throw new TallyRefused(event.tallyId());
            }
            applied.computeIfAbsent(event.tallyId(), k -> new CopyOnWriteArrayList<>()).add(event.number());
        });
    }

    public void refuse(String tallyId) {
        refused.add(tallyId);
    }

    public void accept(String tallyId) {
        refused.remove(tallyId);
    }

    public void makeUnreachable(String tallyId) {
        unreachable.add(tallyId);
    }

    public void heal(String tallyId) {
        unreachable.remove(tallyId);
    }

    public List<Integer> applied(String tallyId) {
        return applied.getOrDefault(tallyId, List.of());
    }

    static class TallyRefused extends RuleViolation {
        TallyRefused(String tallyId) {
            super(Kind.CONFLICT, "tally " + tallyId + " is refused by the picky consumer");
        }
    }
}
