package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per index; the refusal names the holder; a lock left by a killed process is no obstacle. */
class WriterLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondWriterIsRefusedNamingTheHolderAndTheLockIsFreeOnceClosed() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter first = new PackIndexWriter(dir, "v1")) {
            assertTrue(Files.exists(dir.resolve("write.lock")), "Lucene's own lock is the lock");
            IndexLockedException refused = assertThrows(IndexLockedException.class, () -> new PackIndexWriter(dir, "v1"));
            LockHolder holder = refused.holder().orElseThrow();
            assertEquals(ProcessHandle.current().pid(), holder.pid());
            assertEquals(LockHolder.localHost(), holder.host());
            assertTrue(refused.getMessage().contains("pid " + holder.pid()), refused.getMessage());
            assertTrue(refused.getMessage().contains(dir.toString()), refused.getMessage());
        }
        assertFalse(Files.exists(dir.resolve(LockInfoFile.NAME)), "a clean close leaves no holder note");
        try (PackIndexWriter again = new PackIndexWriter(dir, "v1")) {
            assertTrue(Files.exists(dir.resolve(LockInfoFile.NAME)));
        }
    }

    @Test
    void aNoteLeftByADeadProcessIsNotPassedOffAsTheHolder() throws Exception {
        Path dir = tmp.resolve("idx");
        Process gone = new ProcessBuilder(javaBin(), "-version").redirectErrorStream(true).start();
        gone.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(gone.waitFor(60, TimeUnit.SECONDS));
        try (PackIndexWriter first = new PackIndexWriter(dir, "v1")) {
            // as if the live holder had not written its note yet and a killed run's note were still there
            new LockInfoFile(dir).write(new LockHolder(gone.pid(), LockHolder.localHost(), Instant.parse("2020-01-01T00:00:00Z")));
            IndexLockedException refused = assertThrows(IndexLockedException.class, () -> new PackIndexWriter(dir, "v1"));
            assertTrue(refused.holder().isEmpty(), refused.getMessage());
            assertTrue(refused.getMessage().contains("another process"), refused.getMessage());
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndRecoveredOnceThatProcessIsKilled() throws Exception {
        Path dir = tmp.resolve("idx");
        Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                HoldWriterLock.class.getName(), dir.toString())
                // the JVM's own warnings go to stderr; stdout carries only the child's "locked"
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("locked", line, "the child should hold the lock");

            IndexLockedException refused = assertThrows(IndexLockedException.class, () -> new PackIndexWriter(dir, "v1"));
            assertEquals(child.pid(), refused.holder().orElseThrow().pid(), refused.getMessage());
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close, the lock file stays
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(dir.resolve("write.lock")), "the killed run leaves write.lock behind");
        assertTrue(Files.exists(dir.resolve(LockInfoFile.NAME)), "and its holder note");
        // the OS released the native lock with the process: the next run just proceeds
        try (PackIndexWriter next = new PackIndexWriter(dir, "v1")) {
            assertEquals(ProcessHandle.current().pid(), new LockInfoFile(dir).read().orElseThrow().pid());
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
