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
 * postmaster and one backend per connection): its figure is their sum, so the shared buffers each one has
 * touched are counted more than once; it is an upper bound.
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
                    .mapToLong(p -> vmRssKiB(p).orElse(0L)).sum();
            rss.put("postgresql (sum of its processes)", sum / 1024);
        });
        return rss;
    }

    static Optional<Long> vmRssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D+", "")));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the process ended between the listing and the read
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
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
