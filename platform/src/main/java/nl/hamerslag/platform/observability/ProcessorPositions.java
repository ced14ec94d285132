package nl.hamerslag.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where each streaming processor stands: the lowest position of its segments, since the slowest
 * segment decides how far behind the processor is. From the segments this instance runs when it runs
 * any (freshest), else from the stored tokens (stopped here, or run by another instance).
 */
class ProcessorPositions {

    private final EventProcessingConfiguration processing;
    private final StoredTokenPositions stored;

    ProcessorPositions(EventProcessingConfiguration processing, StoredTokenPositions stored) {
        this.processing = processing;
        this.stored = stored;
    }

    List<String> streamingGroups() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }

    OptionalLong position(String group) {
        OptionalLong running = processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong)
                        .min())
                .orElse(OptionalLong.empty());
        return running.isPresent() ? running : stored.position(group);
    }
}
