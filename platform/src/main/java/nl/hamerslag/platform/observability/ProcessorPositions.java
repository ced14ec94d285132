package nl.hamerslag.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where each streaming processor of this instance stands: the lowest position of the segments it
 * holds, since the slowest segment decides how far behind the processor is. Empty when this
 * instance holds no segment of it (another instance does and reports it).
 */
class ProcessorPositions {

    private final EventProcessingConfiguration processing;

    ProcessorPositions(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    List<String> streamingGroups() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }

    OptionalLong position(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong)
                        .min())
                .orElse(OptionalLong.empty());
    }
}
