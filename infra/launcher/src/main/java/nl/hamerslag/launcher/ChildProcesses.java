package nl.hamerslag.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Starts and stops the child processes (the broker, the services, the gateway).
 *
 * <p>On Linux each child is started through {@code setpriv --pdeathsig TERM}, so the kernel sends it
 * SIGTERM when the launcher dies, even by {@code kill -9}. The kernel ties that signal to the thread
 * that forked the child, so every child is started from one long-lived thread that only ends when
 * this object is closed. Without {@code setpriv} only the shutdown hook stops the children.
 */
final class ChildProcesses implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcesses.class);
    private static final Optional<String> SETPRIV = findSetpriv();

    private final ExecutorService spawner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hamerslag-spawner");
        t.setDaemon(true);
        return t;
    });
    private final Path runDir;

    ChildProcesses(Path runDir) {
        this.runDir = runDir;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts the command with stdout and stderr to the log file (emptied first unless {@code append}), and records its pid. */
    Process start(String name, List<String> command, Path logFile, boolean append) {
        return start(name, command, Map.of(), logFile, append);
    }

    /** As {@link #start(String, List, Path, boolean)}, with these variables added to the launcher's environment. */
    Process start(String name, List<String> command, Map<String, String> environment, Path logFile, boolean append) {
        List<String> full = new ArrayList<>();
        SETPRIV.ifPresent(setpriv -> full.addAll(List.of(setpriv, "--pdeathsig", "TERM", "--")));
        full.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(runDir);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                            : ProcessBuilder.Redirect.to(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            Process process = spawner.submit(builder::start).get(30, TimeUnit.SECONDS);
            Files.writeString(pidFile(name), Long.toString(process.pid()), StandardCharsets.UTF_8);
            LOG.debug("started {} as pid {}: {}", name, process.pid(), full);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        } catch (ExecutionException e) {
            throw new LauncherException("cannot start " + name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while starting " + name);
        } catch (TimeoutException e) {
            throw new LauncherException("starting " + name + " took longer than 30 s");
        }
    }

    /** Forgets the pid file of a process that ended by itself (a one-shot tool). */
    void ended(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException ignored) {
            // only a hint for the next start
        }
    }

    /**
     * Stops these processes together: SIGTERM to each and its descendants, up to {@code grace} for all
     * to end, then SIGKILL to whatever is left.
     */
    void stop(List<NamedProcess> processes, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        for (NamedProcess p : processes) {
            List<ProcessHandle> family = new ArrayList<>();
            family.add(p.process().toHandle());
            p.process().descendants().forEach(family::add);
            family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            all.addAll(family);
        }
        CompletableFuture<?>[] exits = all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            for (ProcessHandle h : all) {
                if (h.isAlive()) {
                    LOG.warn("process {} did not stop within {} s; killing it", h.pid(), grace.toSeconds());
                    h.destroyForcibly();
                }
            }
            CompletableFuture.allOf(exits).orTimeout(10, TimeUnit.SECONDS).exceptionally(x -> null).join();
        } catch (ExecutionException e) {
            LOG.warn("while waiting for processes to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ProcessHandle::destroyForcibly);
        }
        for (NamedProcess p : processes) {
            try {
                Files.deleteIfExists(pidFile(p.name()));
            } catch (IOException ignored) {
                // only a hint for the next start
            }
        }
    }

    /**
     * Stops processes a killed launcher left behind on this data folder: a pid file whose process is
     * still alive and whose command line names the data folder.
     */
    void stopLeftovers(String dataDirMarker) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        List<NamedProcess> leftovers = new ArrayList<>();
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                Optional<ProcessHandle> handle = readPid(file).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                        .filter(h -> h.info().commandLine().map(cmd -> cmd.contains(dataDirMarker)).orElse(false));
                if (handle.isPresent()) {
                    LOG.warn("{} (pid {}) is still running from an earlier launcher; stopping it", name, handle.get().pid());
                    stopHandle(handle.get());
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot check for processes left from an earlier run in {}", runDir, e);
        }
    }

    static void stopHandle(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(15, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            handle.destroyForcibly();
            handle.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(x -> null).join();
        } catch (ExecutionException e) {
            LOG.warn("while stopping pid {}", handle.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Optional<Long> readPid(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last {@code lines} lines of a log file, or a note that there is none. */
    static String tail(Path logFile, int lines) {
        if (!Files.exists(logFile)) {
            return "(no log file " + logFile + ")";
        }
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(logFile, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
        return String.join("\n", last);
    }

    private Path pidFile(String name) {
        return runDir.resolve(name + ".pid");
    }

    /** Ends the spawner thread; call after every child is stopped (its end signals the children). */
    @Override
    public void close() {
        spawner.shutdownNow();
    }

    private static Optional<String> findSetpriv() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.empty();
        }
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, "setpriv");
            if (Files.isExecutable(p) && supportsPdeathsig(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean supportsPdeathsig(Path setpriv) {
        try {
            Process p = new ProcessBuilder(setpriv.toString(), "--help").redirectErrorStream(true).start();
            String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            return help.contains("--pdeathsig");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A child process with the name its log and pid file carry. */
    record NamedProcess(String name, Process process, Path logFile) {
    }
}
