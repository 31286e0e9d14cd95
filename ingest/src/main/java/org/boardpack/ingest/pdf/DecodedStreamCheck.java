package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.IngestLimits;

/**
 * Refuses a PDF whose compressed streams inflate past a {@link DecodeBudget}, before PDFBox decodes
 * any of them for a page: PDFBox 3 inflates a stream whole into memory and has no cap of its own,
 * so a Flate stream of gigabytes of spaces (a few MB on disk) would take the heap of the run.
 *
 * <p>Each stream written at the top level of the file (object streams among them, which hold the
 * rest) is decoded here through PDFBox's own filters into a counter that stops at the budget, so the
 * check costs the budget's bytes of inflating and no memory. Image streams are left out: reading
 * text never decodes them. A stream that fails to decode is left to the reader, which says what is
 * damaged; only going over the budget is a failure here.
 */
final class DecodedStreamCheck {

    /** Filters whose output is a picture, not bytes another filter or a parser reads. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    /** How often (in decoded bytes) a long inflate looks at the file's deadline. */
    private static final long DEADLINE_STRIDE = 16L * 1024 * 1024;

    private final DecodeBudget budget;

    DecodedStreamCheck(DecodeBudget budget) {
        this.budget = budget;
    }

    /** @throws IngestException {@code RESOURCE_LIMIT} over the budget, {@code TIMED_OUT} past the deadline */
    void check(PDDocument pdf, Path file, Deadline deadline) throws IngestException {
        COSDocument doc = pdf.getDocument();
        long total = 0;
        for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(doc.getXrefTable().entrySet())) {
            // a negative offset is an object inside an object stream: never a stream itself
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            deadline.check(file, null);
            COSBase object = dereference(doc, entry.getKey());
            if (object instanceof COSStream stream && !isImage(stream)) {
                total += decodedSize(stream, entry.getKey(), total, file, deadline);
            }
        }
    }

    private static COSBase dereference(COSDocument doc, COSObjectKey key) {
        try {
            return doc.getObjectFromPool(key).getObject();
        } catch (RuntimeException e) {
            return null; // an object that cannot be parsed is the reader's to report
        }
    }

    private static boolean isImage(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
    }

    /** The bytes {@code stream} decodes to, or 0 when it cannot be decoded (left to the reader). */
    private long decodedSize(COSStream stream, COSObjectKey key, long totalSoFar, Path file, Deadline deadline)
            throws IngestException {
        List<Filter> filters = filters(stream);
        if (filters.isEmpty()) {
            return 0; // stored as is: no bigger than the file, which is under its size limit
        }
        boolean perStream = budget.perStream() <= budget.perFile() - totalSoFar;
        long cap = perStream ? budget.perStream() : budget.perFile() - totalSoFar;
        List<Path> spills = new ArrayList<>();
        try {
            InputStream in = stream.createRawInputStream();
            try {
                for (int i = 0; ; i++) {
                    boolean last = i == filters.size() - 1;
                    Path spill = last ? null : Files.createTempFile("boardpack-decode", ".bin");
                    if (spill != null) {
                        spills.add(spill);
                    }
                    try (Counter out = new Counter(spill == null ? OutputStream.nullOutputStream()
                            : Files.newOutputStream(spill), cap, deadline)) {
                        filters.get(i).decode(in, out, stream, i);
                        if (last) {
                            return out.count;
                        }
                    }
                    in.close();
                    // a filter in the middle of a chain is read back from disk: memory stays flat
                    in = Files.newInputStream(spill);
                }
            } finally {
                in.close();
            }
        } catch (IOException | RuntimeException e) {
            Counter.Stop stop = Counter.stopIn(e);
            if (stop == null) {
                return 0;
            }
            if (stop.timedOut()) {
                throw deadline.exceeded(file, null);
            }
            throw new IngestException(FailureKind.RESOURCE_LIMIT, file, null, "stream " + key.getNumber() + " "
                    + key.getGeneration() + " R inflates to more than " + IngestLimits.describe(cap)
                    + (perStream ? "" : " (with the streams before it)") + ", over the decode budget of "
                    + budget.describe() + ": a decompression bomb, or a file too big to read", null);
        } finally {
            spills.forEach(DecodedStreamCheck::deleteQuietly);
        }
    }

    private static List<Filter> filters(COSStream stream) {
        COSBase f = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (f instanceof COSName n) {
            names.add(n);
        } else if (f instanceof COSArray a) {
            for (COSBase b : a) {
                if (b instanceof COSName n) {
                    names.add(n);
                }
            }
        }
        List<Filter> filters = new ArrayList<>();
        for (COSName name : names) {
            if (IMAGE_FILTERS.contains(name)) {
                return List.of();
            }
            try {
                filters.add(FilterFactory.INSTANCE.getFilter(name));
            } catch (IOException e) {
                return List.of(); // an unknown filter: PDFBox cannot decode it either
            }
        }
        return filters;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }

    /** Counts decoded bytes into an optional spill file, stopping at the cap or the deadline. */
    private static final class Counter extends OutputStream {

        /** Thrown through the filter to end the decode; found again in whatever wraps it. */
        static final class Stop extends IOException {
            private final boolean timedOut;

            Stop(boolean timedOut) {
                super(timedOut ? "deadline passed" : "decode budget exceeded");
                this.timedOut = timedOut;
            }

            boolean timedOut() {
                return timedOut;
            }
        }

        private final OutputStream out;
        private final long cap;
        private final Deadline deadline;
        private long count;
        private long nextDeadlineCheck = DEADLINE_STRIDE;

        Counter(OutputStream out, long cap, Deadline deadline) {
            this.out = out;
            this.cap = cap;
            this.deadline = deadline;
        }

        static Stop stopIn(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Stop s) {
                    return s;
                }
            }
            return null;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int len) throws Stop {
            count += len;
            if (count > cap) {
                throw new Stop(false);
            }
            if (count >= nextDeadlineCheck) {
                nextDeadlineCheck += DEADLINE_STRIDE;
                if (deadline.passed()) {
                    throw new Stop(true);
                }
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
