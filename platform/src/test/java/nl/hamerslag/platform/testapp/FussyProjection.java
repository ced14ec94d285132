package nl.hamerslag.platform.testapp;

import nl.hamerslag.platform.testapp.TallyMessages.TallyCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A projection that cannot handle tallies named "unreadable", to show that such an error is not skipped. */
@Component
@ProcessingGroup(FussyProjection.NAME)
public class FussyProjection {

    public static final String NAME = "fussy-view";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(TallyCreated event) {
        if (event.name().equals("unreadable")) {
            throw new IllegalStateException("cannot project tally " + event.tallyId());
        }
        seen.add(event.tallyId());
    }

    public boolean hasSeen(String tallyId) {
        return seen.contains(tallyId);
    }
}
