package nl.hamerslag.meeting.query;

import java.util.List;
import java.util.Optional;

/** Reading bodies with their party groups and seats, for whoever is signed in. */
public interface BodyQueries {

    Optional<BodyDetails> details(String bodyId);

    /** Every body, college first, then the committees and the council, by name. */
    List<BodyDetails> list();
}
