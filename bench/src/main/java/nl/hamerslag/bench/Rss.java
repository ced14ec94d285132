package nl.hamerslag.bench;

import nl.hamerslag.launcher.ComponentStatus;
import nl.hamerslag.launcher.RunningSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resident memory per component from {@code /proc/<pid>/status} (VmRSS). PostgreSQL is many processes (the
 * postmaster and one backend per connection) sharing their buffers: summing their RSS would count the shared
 * buffers once per process, so its figure is the sum of their PSS ({@code /proc/<pid>/smaps_rollup}, shared pages
 * divided among the processes that share them).
 */
final class Rss {

    private Rss() {
    }

    /** Component name → MiB, in the launcher's order, then PostgreSQL. */
    static Map<String, Long> perComponent(RunningSystem system, Path dataDir) {
        Map<String, Long> rss = new LinkedHashMap<>();
        List<ComponentStatus> status = system.status();
        for (ComponentStatus c : status) {
            if (c.pid() > 0) {
                rss.put(c.name(), vmRssKiB(c.pid()).orElse(-1024L) / 1024);
            }
        }
        postmasterPid(dataDir).ifPresent(pid -> {
            long sum = Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream()
                            .flatMap(ProcessHandle::descendants).map(ProcessHandle::pid))
                    .mapToLong(p -> pssKiB(p).orElse(0L)).sum();
            rss.put("postgresql (PSS of all its processes)", sum / 1024);
        });
        return rss;
    }

    static Optional<Long> vmRssKiB(long pid) {
        return field(pid, "status", "VmRSS:");
    }

    static Optional<Long> pssKiB(long pid) {
        return field(pid, "smaps_rollup", "Pss:");
    }

    private static Optional<Long> field(long pid, String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(name)) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D+", "")));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the process ended between the listing and the read
        }
    }

    static Optional<Long> postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            System.err.println("bench: no PostgreSQL pid in " + pidFile + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
