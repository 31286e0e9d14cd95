package org.boardpack.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.apache.lucene.store.NoLockFactory;

/**
 * Whether an index's files are intact, by Lucene's own checks: {@link #check} runs
 * {@link CheckIndex} (every checksum, then the structure of every segment), {@link #repair} drops
 * the segments that fail it, and {@link #requireIntact} verifies the checksums of a commit before
 * it is read or written — once per commit: the commit's file names, sizes and times are noted in
 * {@value #STAMP} once verified, so a search pays for it only after an ingest changed the files.
 * Lucene itself verifies a segment's checksums only when it merges it, so without this a flipped
 * byte reads as wrong results or a crash half-way through an export.
 */
public final class IndexIntegrity {

    /** Beside the index: the commit last verified intact. */
    static final String STAMP = "checksums.verified";

    private IndexIntegrity() {
    }

    /**
     * What {@code boardpack check} says of an index.
     *
     * @param segments        the segments of the last commit
     * @param damagedSegments of them, those that failed a check
     * @param documents       the Lucene documents of the commit (records, files and failures)
     * @param documentsLost   of them, those in damaged segments: what a repair drops
     * @param problem         what is wrong, {@code null} when sound
     * @param repairable      whether {@link #repair} can keep the rest (not when the commit itself is unreadable)
     */
    public record Verdict(Path dir, int segments, int damagedSegments, long documents, long documentsLost,
                          String problem, boolean repairable) {

        public boolean sound() {
            return problem == null;
        }

        /** One line: sound, or damaged with what and what to do. */
        public String line() {
            if (sound()) {
                return String.format(Locale.ROOT, "sound: the index %s holds %,d documents in %d segment(s);"
                        + " every checksum and structure verified", dir, documents, segments);
            }
            return "DAMAGED: the index " + dir + " " + problem + "; " + (repairable ? DamagedIndexException.ADVICE
                    : "run 'boardpack ingest --rebuild' to rebuild it from the source files");
        }
    }

    /** Runs every check on the last commit; needs no lock, so it may run beside a search or an ingest. */
    public static Verdict check(Path dir) throws IndexException {
        requireIndex(dir);
        try (Directory d = FSDirectory.open(dir);
             CheckIndex checker = new CheckIndex(d, NoLockFactory.INSTANCE.obtainLock(d, "write.lock"))) {
            return verdict(dir, checker.checkIndex());
        } catch (IOException e) {
            // CheckIndex reports damage in its status; an exception here is the directory itself
            throw new IndexException(dir, "cannot check the index", e);
        }
    }

    /**
     * Drops the segments that fail {@link #check} (their documents are lost; the next ingest reads
     * their files again, as files it has not indexed) and returns the verdict found before. Takes
     * the index's write lock: not while an ingest runs.
     */
    public static Verdict repair(Path dir) throws IndexException, IndexLockedException {
        requireIndex(dir);
        try (Directory d = FSDirectory.open(dir, NativeFSLockFactory.INSTANCE)) {
            CheckIndex checker;
            try {
                checker = new CheckIndex(d);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException(dir, new LockInfoFile(dir).read().filter(LockHolder::alive).orElse(null));
            }
            try (checker) {
                CheckIndex.Status status = checker.checkIndex();
                Verdict found = verdict(dir, status);
                if (!found.sound() && found.repairable()) {
                    checker.exorciseIndex(status);
                    Files.deleteIfExists(dir.resolve(STAMP));
                }
                return found;
            }
        } catch (IOException e) {
            throw new IndexException(dir, "cannot repair the index", e);
        }
    }

    /**
     * For {@code ingest --rebuild}: moves the index at {@code dir} aside, to a sibling named
     * {@code <dir>.damaged-<time>} (kept for inspection, deleted by hand), so the run builds a new
     * one from the source files. Holds the write lock while it moves: not while an ingest runs.
     *
     * @return where the old index went, or {@code null} when there was none
     */
    public static Path setAside(Path dir) throws IndexException, IndexLockedException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        String time = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = dir.toAbsolutePath().normalize().resolveSibling(dir.getFileName() + ".damaged-" + time);
        try (Directory d = FSDirectory.open(dir, NativeFSLockFactory.INSTANCE)) {
            try (org.apache.lucene.store.Lock lock = d.obtainLock("write.lock")) {
                Files.move(dir, aside);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException(dir, new LockInfoFile(dir).read().filter(LockHolder::alive).orElse(null));
            }
        } catch (IOException e) {
            throw new IndexException(dir, "cannot move the index aside to " + aside, e);
        }
        return aside;
    }

    private static Verdict verdict(Path dir, CheckIndex.Status s) {
        if (s.missingSegments || s.segmentInfos == null) {
            return new Verdict(dir, 0, 0, 0, 0, "has a commit point (" + s.segmentsFileName + ") that cannot be read",
                    false);
        }
        long docs = 0;
        List<String> broken = new ArrayList<>();
        for (CheckIndex.Status.SegmentInfoStatus seg : s.segmentInfos) {
            docs += seg.maxDoc;
            if (seg.error != null) {
                broken.add(seg.name + " (" + describe(seg.error) + ")");
            }
        }
        if (s.clean) {
            return new Verdict(dir, s.numSegments, 0, docs, 0, null, true);
        }
        String problem = String.format(Locale.ROOT, "has %d damaged segment(s) of %d, holding %,d of its %,d documents: %s",
                s.numBadSegments, s.numSegments, s.totLoseDocCount, docs, String.join("; ", broken));
        return new Verdict(dir, s.numSegments, s.numBadSegments, docs, s.totLoseDocCount, problem, true);
    }

    /**
     * Verifies the checksums of every file of the commit {@code reader} holds, unless this very
     * commit (same files, sizes and times) was verified before.
     *
     * @throws DamagedIndexException when a checksum fails
     */
    static void requireIntact(Path dir, DirectoryReader reader) throws IndexException {
        String stamp;
        try {
            stamp = stamp(dir, reader);
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
        Path noted = dir.resolve(STAMP);
        if (stamp.equals(read(noted).orElse(null))) {
            return;
        }
        verifyChecksums(dir, reader);
        write(noted, stamp);
    }

    /** Reads every byte of every segment against its checksum. */
    static void verifyChecksums(Path dir, DirectoryReader reader) throws IndexException {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() instanceof CodecReader codec) {
                    codec.checkIntegrity();
                }
            }
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /**
     * After an unexpected error while reading (Lucene decoding damaged bytes fails in many ways):
     * the damage behind it, if the checksums find one; empty when the index is intact, so the
     * error is a defect to report as it is.
     */
    public static Optional<DamagedIndexException> damageBehind(Path dir) {
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            verifyChecksums(dir, reader);
            return Optional.empty();
        } catch (DamagedIndexException e) {
            return Optional.of(e);
        } catch (IOException | IndexException e) {
            return isDamage(e) ? Optional.of(new DamagedIndexException(dir, e)) : Optional.empty();
        }
    }

    /** Whether {@code e} (or what caused it) is Lucene finding the index's files damaged. */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
                return false; // another version's index: not damage, and not repaired by dropping it
            }
            if (t instanceof CorruptIndexException || t instanceof EOFException
                    || t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** The damage in a few words: Lucene's message, first line, with the file it names. */
    static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof EOFException || t instanceof NoSuchFileException) {
                root = t;
                break;
            }
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        m = m.lines().findFirst().orElse(m).strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static void requireIndex(Path dir) throws IndexException {
        if (!PackSearcher.exists(dir)) {
            throw new IndexException(dir, "no index here; run 'boardpack ingest' first", null);
        }
    }

    private static String stamp(Path dir, DirectoryReader reader) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String name : new TreeSet<>(reader.getIndexCommit().getFileNames())) {
            Path f = dir.resolve(name);
            s.append(name).append(' ').append(Files.size(f)).append(' ')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        }
        return s.toString();
    }

    private static Optional<String> read(Path noted) {
        try {
            return Optional.of(Files.readString(noted));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Best effort: a read-only index is verified again next time, never refused for it. */
    private static void write(Path noted, String stamp) {
        Path tmp = null;
        try {
            // a file of its own: two readers noting the same commit must not write one file
            tmp = Files.createTempFile(noted.getParent(), STAMP, ".tmp");
            Files.writeString(tmp, stamp);
            Files.move(tmp, noted, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // nothing more to do: the stamp is only a saving
            }
        }
    }
}
