package org.boardpack.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code write.lock.holder}, beside Lucene's {@code write.lock}: who holds the lock. It is only
 * information — the lock itself is Lucene's native OS lock, which the OS drops when the holder
 * dies — so a missing, unreadable or out-of-date file never stops a run; it only makes the
 * "index in use" message less precise.
 */
final class LockInfoFile {

    static final String NAME = "write.lock.holder";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    LockInfoFile(Path indexDir) {
        this.file = indexDir.resolve(NAME);
    }

    /** Written after the lock is taken, through a rename so a reader never sees half a file. */
    void write(LockHolder holder) throws IOException {
        ObjectNode node = json.createObjectNode()
                .put("pid", holder.pid())
                .put("host", holder.host())
                .put("started", holder.started().toString());
        Path tmp = file.resolveSibling(NAME + ".tmp");
        Files.writeString(tmp, json.writeValueAsString(node) + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Optional<LockHolder> read() {
        try {
            JsonNode node = json.readTree(file.toFile());
            if (node == null || !node.hasNonNull("pid") || !node.hasNonNull("host") || !node.hasNonNull("started")) {
                return Optional.empty();
            }
            return Optional.of(new LockHolder(node.get("pid").asLong(), node.get("host").asText(),
                    Instant.parse(node.get("started").asText())));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Removed before the lock is released, so it never outlives a clean run's lock. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless: the next holder overwrites it, and a reader checks the pid is alive
        }
    }
}
