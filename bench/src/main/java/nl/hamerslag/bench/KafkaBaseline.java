package nl.hamerslag.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's own limit, measured with Kafka's tool (org.apache.kafka.tools.ProducerPerformance, kafka-tools)
 * in a JVM of its own, acks=all, 600-byte records, on a topic of its own on the broker the services use.
 */
final class KafkaBaseline {

    static final String TOPIC = "bench.producer-performance";
    // "100000 records sent, 25000.0 records/sec (14.31 MB/sec), 12.3 ms avg latency, 250.0 ms max latency,
    //  10 ms 50th, 30 ms 95th, 40 ms 99th, 80 ms 99.9th."
    private static final Pattern TOTAL = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), "
            + "([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    /** One run's last line, as the tool prints it. */
    record Result(long records, double perSecond, double mbPerSecond, int p50, int p95, int p99, double max) {
        @Override
        public String toString() {
            return String.format("%,.0f records/s (%.1f MB/s), latency p50 %d ms, p95 %d ms, p99 %d ms, max %.0f ms",
                    perSecond, mbPerSecond, p50, p95, p99, max);
        }
    }

    private KafkaBaseline() {
    }

    /** {@code throughput} records/s offered, -1 for as fast as it goes. */
    static Result producerPerformance(String bootstrap, int records, int throughput, Path log) throws Exception {
        ensureTopic(bootstrap);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.apache.kafka.tools.ProducerPerformance",
                "--topic", TOPIC, "--num-records", Integer.toString(records), "--record-size",
                Integer.toString(InsertBaseline.PAYLOAD_BYTES), "--throughput", Integer.toString(throughput),
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("ProducerPerformance did not finish in 5 minutes; see " + log);
        }
        Result last = total(java.nio.file.Files.readString(log, StandardCharsets.UTF_8));
        if (p.exitValue() != 0 || last == null) {
            throw new IllegalStateException("ProducerPerformance exited " + p.exitValue() + " without a total; see " + log);
        }
        return last;
    }

    /** The tool's last total line (its window lines have no percentiles); null when there is none. */
    static Result total(String output) {
        Matcher m = TOTAL.matcher(output);
        Result last = null;
        while (m.find()) {
            last = new Result(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
                    Double.parseDouble(m.group(5)));
        }
        return last;
    }

    private static void ensureTopic(String bootstrap) throws InterruptedException, IOException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IOException("cannot create the topic " + TOPIC + ": " + e.getCause(), e.getCause());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("the broker did not create " + TOPIC + " within 30 s", e);
        }
    }
}
