package nl.hamerslag.bench;

import nl.hamerslag.launcher.ComponentStatus;
import nl.hamerslag.launcher.RunningSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time per component from {@code /proc/<pid>/stat} (user + system), to divide by the requests a run answered:
 * CPU milliseconds per request tells where the work goes and, unlike a rate, hardly changes when something else
 * runs on the machine, so a change can be compared even on a busy one. PostgreSQL is the postmaster and every
 * backend alive at the reading (a backend that ended in between is not counted: the services' pools keep theirs).
 */
final class CpuTime {

    /** USER_HZ: the kernel reports these times in ticks of 1/100 s on every Linux the bench runs on. */
    private static final double MS_PER_TICK = 10.0;

    private CpuTime() {
    }

    /** Component name → CPU milliseconds so far, PostgreSQL last. */
    static Map<String, Double> perComponent(RunningSystem system, Path dataDir) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (ComponentStatus c : system.status()) {
            if (c.pid() > 0) {
                cpu.put(c.name(), ms(c.pid()));
            }
        }
        Rss.postmasterPid(dataDir).ifPresent(pid -> cpu.put("postgresql", Stream.concat(Stream.of(pid),
                        ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid))
                .mapToDouble(CpuTime::ms).sum()));
        cpu.put("bench (load generator)", ms(ProcessHandle.current().pid()));
        return cpu;
    }

    /** Per component, the CPU milliseconds spent between the two readings per answered request. */
    static Map<String, Double> perRequest(Map<String, Double> before, Map<String, Double> after, long requests) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((name, ms) -> per.put(name, (ms - before.getOrDefault(name, ms)) / Math.max(1, requests)));
        return per;
    }

    static String text(Map<String, Double> perRequest) {
        StringBuilder b = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : perRequest.entrySet()) {
            if (e.getKey().startsWith("bench")) {
                continue;
            }
            total += e.getValue();
            if (e.getValue() >= 0.05) {
                b.append(b.isEmpty() ? "" : ", ").append(e.getKey()).append(String.format(" %.2f", e.getValue()));
            }
        }
        return String.format("%.2f ms CPU per request: ", total) + b
                + String.format(" (load generator %.2f)", perRequest.getOrDefault("bench (load generator)", 0.0));
    }

    private static double ms(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may hold spaces: count the fields after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between the listing and the read
        }
    }
}
