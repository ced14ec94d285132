package nl.hamerslag.platform.parking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaUtils;

import java.util.List;

/**
 * Hands a stored record to the same {@code @KafkaListener} again (the one of its consumer group and
 * topic), on the caller's thread. The listener goes through the inbox as always, so a record that
 * was applied before has no second effect.
 */
public class ListenerReplayer {

    private final KafkaListenerEndpointRegistry registry;

    public ListenerReplayer(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @SuppressWarnings("unchecked")
    public void replay(String group, ConsumerRecord<String, byte[]> record) {
        List<MessageListenerContainer> containers = registry.getAllListenerContainers().stream()
                .filter(c -> group.equals(c.getGroupId()))
                .filter(c -> c.getContainerProperties().getTopics() != null
                        && List.of(c.getContainerProperties().getTopics()).contains(record.topic()))
                .toList();
        if (containers.isEmpty()) {
            throw new IllegalStateException("No listener of consumer group " + group + " reads " + record.topic()
                    + " in this service any more; resolve the record instead");
        }
        String outer = KafkaUtils.getConsumerGroupId();
        KafkaUtils.setConsumerGroupId(group);
        try {
            for (MessageListenerContainer container : containers) {
                var listener = (AcknowledgingConsumerAwareMessageListener<String, byte[]>)
                        container.getContainerProperties().getMessageListener();
                listener.onMessage(record, null, null);
            }
        } catch (ListenerExecutionFailedException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            if (outer == null) {
                KafkaUtils.clearConsumerGroupId();
            } else {
                KafkaUtils.setConsumerGroupId(outer);
            }
        }
    }
}
