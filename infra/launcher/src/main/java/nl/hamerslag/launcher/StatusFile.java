package nl.hamerslag.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code status.json} in the data folder: what the running launcher knows about each component, for
 * {@code ./hamerslag status}. Replaced as a whole at every change (written aside, then moved), so a
 * reader never sees half of it; deleted when the launcher stops.
 */
final class StatusFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The content: who wrote it, when, and one entry per component. */
    record Content(long launcherPid, Instant updatedAt, List<ComponentStatus> components) {
    }

    private final Path file;

    StatusFile(Path dataDir) {
        this.file = dataDir.resolve("status.json");
    }

    Path path() {
        return file;
    }

    void write(List<ComponentStatus> components) {
        Content content = new Content(ProcessHandle.current().pid(), Instant.now(), components);
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(aside, JSON.writeValueAsString(Json.of(content)));
            try {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Optional<Content> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Json.class).content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file names a dead launcher, which `status` recognises
        }
    }

    /** The JSON shape, with the time as text: no Jackson modules are needed. */
    record Json(long launcherPid, String updatedAt, List<ComponentStatus> components) {
        static Json of(Content c) {
            return new Json(c.launcherPid(), c.updatedAt().toString(), c.components());
        }

        Content content() {
            return new Content(launcherPid, Instant.parse(updatedAt), components);
        }
    }
}
