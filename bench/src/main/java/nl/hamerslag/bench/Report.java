package nl.hamerslag.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** docs/benchmarks.md: the machine, every figure beside its baseline, how each was measured, what is missing. */
final class Report {

    private Report() {
    }

    static void write(Path file, Machine m, BenchSettings s, List<String> componentJvmOptions, Results r, String command)
            throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Written by the bench itself (`bench/`, issue #14); do not edit by hand, run it again:\n\n");
        b.append("```bash\n").append(command).append("\n```\n\n");
        b.append("Plots (throughput against offered rate, latency over time): [benchmarks.html](benchmarks.html).\n\n");
        b.append("## Machine\n\n| | |\n|---|---|\n");
        b.append("| cores | ").append(m.cores()).append(" |\n");
        b.append("| RAM | ").append(String.format("%,d MiB", m.ramMiB())).append(" |\n");
        b.append("| JDK | ").append(m.jdk()).append(" |\n");
        b.append("| OS | ").append(m.os()).append(" |\n");
        b.append("| date | ").append(m.date()).append(" |\n");
        b.append("| git commit | ").append(m.commit()).append(" |\n");
        b.append("| load average at the start (1/5/15 min) | ").append(m.loadAverage()).append(" |\n");
        b.append("| load average at the end | ").append(Machine.loadAverageNow()).append(" |\n");
        b.append("| mode | ").append(s.quick() ? "quick (smoke run: short steps, fewer rates; not for comparison)" : "full")
                .append(" |\n");
        b.append("| component JVM options | `").append(String.join(" ", componentJvmOptions))
                .append("` (the launcher's, or `HAMERSLAG_JAVA_OPTS` when set) |\n");
        b.append("| load generator | on the same machine, in the bench's own JVM: it competes for the same cores |\n\n");

        Set<String> sections = new LinkedHashSet<>();
        r.figures.forEach(f -> sections.add(f.section()));
        for (String section : sections) {
            b.append("## ").append(section).append("\n\n| what | measured | baseline | ratio |\n|---|---|---|---|\n");
            r.figures.stream().filter(f -> f.section().equals(section)).forEach(f -> b.append("| ").append(cell(f.what()))
                    .append(" | ").append(cell(f.value())).append(" | ").append(cell(f.baselineLabel())).append(" | ")
                    .append(cell(f.ratio())).append(" |\n"));
            b.append('\n');
        }
        b.append(method(s));
        // what was changed to make it fast, with the figures before and after each change: written by hand, kept in
        // the bench module beside the code that measures it, and carried into every report
        Path changes = s.repoRoot().resolve("bench").resolve("changes.md");
        if (Files.isRegularFile(changes)) {
            b.append('\n').append(Files.readString(changes, StandardCharsets.UTF_8));
        }
        b.append("## Failed in this run\n\n");
        if (r.failures.isEmpty()) {
            b.append("Nothing.\n\n");
        } else {
            r.failures.forEach(f -> b.append("- ").append(cell(f)).append('\n'));
            b.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String method(BenchSettings s) {
        return """
                ## What each figure is, and how it is measured

                - **up to all healthy**: `HamerslagSystem.start` exactly as `./hamerslag up` (embedded PostgreSQL 17 with
                  durable settings, the Kafka broker, the five services and the gateway as their own JVMs), on a fresh
                  data folder (`bench/target/bench-data`, so the schema migrations are part of it), until each answers UP
                  on `/actuator/health`.
                - **RSS**: `VmRSS` from `/proc/<pid>/status` of each component, idle (right after all are healthy) and
                  after the load. PostgreSQL is the sum over the postmaster and its backends, so pages of the shared
                  buffers are counted once per process that touched them: an upper bound.
                - **PostgreSQL INSERT+commit**: a database `bench` on the same server, one table
                  `(id bigserial primary key, payload bytea)`, a %d-byte random payload, autocommit (one WAL flush per
                  row), 1 and 8 JDBC connections each inserting as fast as it can for %d s. The server's settings are
                  printed beside it.
                - **Kafka producer**: Kafka's own `org.apache.kafka.tools.ProducerPerformance` (kafka-tools) in a JVM of
                  its own, `acks=all`, 600-byte records, a one-partition topic on the broker the services use: once as
                  fast as it goes (records/s; its latency then includes batching and queueing), once at a fixed
                  1 000 records/s (latency of one record when the broker is not the bottleneck).
                - **HTTP, closed model (saturation)**: %d connections, each sending the next request as soon as the
                  last is answered, for %d s, after a short warm-up. Create is `POST /api/proposals` with a new
                  `Idempotency-Key` each time, as the AUTHOR demo user (a token minted like `./hamerslag token AUTHOR`);
                  GET is `GET /api/proposals/{id}` over proposals created before. "direct" is drafting's own port,
                  same token, no gateway. Latency here is from the actual send.
                - **HTTP, open model**: a fixed arrival rate (request i is due at start + i/rate, sent then whether or
                  not earlier ones are answered), %d s per step (approve: %d s per step), latency from the *intended*
                  send time, so a server that falls behind shows it (no coordinated omission). Requests without an
                  answer %d s after the last send are counted as *unfinished* with the time they had waited; then
                  the percentiles are lower bounds, marked ≥. "ok/s" counts only the expected status (201, 200, 204).
                  The generator is java.net.http with HdrHistogram 2.2.2: Gatling's Java DSL is not in the Maven
                  registry this project builds from.
                - **approve a step**: `POST /api/approvals/routes/{id}/steps/manager/approve` as the MANAGER demo
                  user on proposals that were drafted, given a main document and submitted before the step (every
                  approval needs a route of its own whose manager step is due); the seeding is not measured.
                - **relay lag**: a proposal submitted (the answer comes after drafting committed ProposalSubmitted),
                  then approval's `GET /api/approvals/routes/{id}` polled every 2 ms until 200: event stored → relayed
                  over Kafka → approval's inbox and command → its projection → visible. One proposal at a time, on the
                  idle system after the load, and beside each open-model create step (submitted straight to drafting,
                  so the sampler does not queue behind the gateway's load; the relay and approval are under it).
                - **CPU per request**: user + system CPU time of every component from `/proc/<pid>/stat` before and
                  after a run, ÷ the requests it answered. Unlike a rate it hardly moves when something else runs on the
                  machine, so it compares two versions even on a busy one; it includes the work a request sets off in
                  other services during the run (relay, inbox) and the JIT compiling while the run is young.
                - **last signature → APPROVED**: a proposal (the README's, four steps) signed step by step by the demo
                  user of each role; from the last approval's answer, drafting's `GET /api/proposals/{id}` polled every
                  2 ms until `APPROVED` (RouteCompleted relayed back). One at a time, idle.
                - **decision recorded → public**: those proposals on college agendas, published and opened; a decision
                  recorded through the gateway, then `GET /api/public/decisions/{id}` (no token) polled every 2 ms until
                  200: meeting → Kafka → publication's rule (openbaar college decisions go out at once) → public catalogue.
                - **record a decision**: open model as above on agenda items seeded beforehand (approved proposals on
                  agendas of open meetings, at most 50 items a meeting), the seeding not measured.
                - **a million events**: drafting's own event classes (`ProposalDrafted`, `ProposalRevised`; not relayed,
                  so no other service gets work) appended through the platform's hash-chaining storage engine on
                  drafting's database, 1 000 per transaction: the fill rate. Then the audit tree catching up, timeline,
                  verify and export through the gateway as AUDITOR (closed loop, one connection), the whole-store checks in the
                  bench JVM with the platform's verifiers, and a rebuild of `proposal-view` followed for a fixed window.
                - **ratio**: the figure ÷ its baseline on this machine (commands/s ÷ INSERT/s with 8 clients; gateway ÷
                  direct; ok/s ÷ offered rate).

                """.formatted(InsertBaseline.PAYLOAD_BYTES, s.baselineSeconds(), s.connections(), s.closedSeconds(),
                s.openSeconds(), s.approveSeconds(), s.grace().toSeconds());
    }
}
