package nl.hamerslag.bench;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.launcher.ComponentStatus;
import nl.hamerslag.launcher.RunningSystem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work a load left behind: events every service's relay has not sent yet ({@code hamerslag_relay_lag_events}
 * from its Prometheus endpoint, with an ADMIN token) plus the records every consumer group has not read yet (Kafka's
 * committed offsets against the ends of the partitions). A measurement taken one at a time on an "idle" system
 * waits until this is zero, or it measures the queue in front of it instead (the approvals' burst left thousands
 * of events to relay back to drafting).
 */
final class Backlog {

    private static final Pattern RELAY_LAG = Pattern.compile("(?m)^hamerslag_relay_lag_events\\{[^}]*} ([0-9.eE+]+)");

    private final RunningSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    Backlog(RunningSystem system) {
        this.system = system;
    }

    /** Events not relayed plus records not consumed, over the whole system, now. */
    long now() throws Exception {
        return unrelayed() + unconsumed();
    }

    /** Waits until nothing is left (at most {@code timeout}); the figure says how long that took and from how much. */
    Figure awaitDrained(String section, String after, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long first = now();
        long left = first;
        while (left > 0 && System.nanoTime() - start < timeout.toNanos()) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            left = now();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Figure.of(section, "backlog after " + after + " (events not relayed + records not consumed)",
                left == 0 ? String.format("%,d drained in %.1f s", first, seconds)
                        : String.format("%,d, still %,d after %.0f s", first, left, seconds));
    }

    private long unrelayed() throws Exception {
        long sum = 0;
        String admin = "Bearer " + system.token(Role.ADMIN);
        for (ComponentStatus c : system.status()) {
            if (!c.name().endsWith("-service")) {
                continue;
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create(system.serviceUrl(c.name()) + "/actuator/prometheus"))
                    .header("Authorization", admin).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = RELAY_LAG.matcher(r.body());
            while (m.find()) {
                sum += (long) Double.parseDouble(m.group(1));
            }
        }
        return sum;
    }

    private long unconsumed() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap());
        try (Admin admin = Admin.create(p)) {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
            }
            return lag;
        }
    }
}
