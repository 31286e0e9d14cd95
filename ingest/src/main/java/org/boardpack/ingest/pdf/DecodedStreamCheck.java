package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * rest) is weighed by the most its filters can inflate it to ({@link InflationBound}, from its
 * stored size): a stream whose bound is within the budget cannot break it and is left for the
 * reader to decode once. Only the streams that could break it are decoded here, through PDFBox's
 * own filters into a counter that stops at the budget, so the check costs at most the budget's
 * bytes of inflating and no memory: first each stream that alone could pass the per-stream budget,
 * then, while the bounds of the rest could still pass the per-file budget, the largest of them.
 * The verdict is that of decoding every stream: real text streams inflate a few times over, far
 * below Deflate's ceiling of 1032 times, so most files decode nothing here. Image streams are left
 * out: reading text never decodes them. A stream that fails to decode is left to the reader, which
 * says what is damaged; only going over the budget is a failure here.
 */
final class DecodedStreamCheck {

    /** Filters whose output is a picture, not bytes another filter or a parser reads. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    /** How often (in decoded bytes) a long inflate looks at the file's deadline. */
    private static final long DEADLINE_STRIDE = 16L * 1024 * 1024;

    /** A filtered stream of the file, with the most it can decode to ({@link InflationBound#UNKNOWN} if unknown). */
    private record Weighed(COSObjectKey key, COSStream stream, List<Filter> filters, long bound) {
    }

    private final DecodeBudget budget;

    DecodedStreamCheck(DecodeBudget budget) {
        this.budget = budget;
    }

    /**
     * @return how many streams had to be decoded to tell (the rest were within the budget by their bound)
     * @throws IngestException {@code RESOURCE_LIMIT} over the budget, {@code TIMED_OUT} past the deadline
     */
    int check(PDDocument pdf, Path file, Deadline deadline) throws IngestException {
        List<Weighed> streams = weigh(pdf, file, deadline);
        long decodedTotal = 0;
        int decodedCount = 0;
        long[] counted = new long[streams.size()];
        long total = 0;
        // streams that alone could pass the per-stream budget, in file order
        for (int i = 0; i < streams.size(); i++) {
            Weighed w = streams.get(i);
            if (w.bound() == InflationBound.UNKNOWN || w.bound() > budget.perStream()) {
                counted[i] = decodedSize(w, decodedTotal, file, deadline);
                decodedTotal += counted[i];
                decodedCount++;
            } else {
                counted[i] = -1;
            }
            total = plus(total, counted[i] >= 0 ? counted[i] : w.bound());
        }
        if (total <= budget.perFile()) {
            return decodedCount;
        }
        // the rest could still pass the file's budget together: count the largest until they cannot
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            if (counted[i] < 0) {
                rest.add(i);
            }
        }
        rest.sort(Comparator.comparingLong((Integer i) -> streams.get(i).bound()).reversed());
        for (int i : rest) {
            if (total <= budget.perFile()) {
                break;
            }
            long size = decodedSize(streams.get(i), decodedTotal, file, deadline);
            decodedTotal += size;
            decodedCount++;
            total = total - streams.get(i).bound() + size;
        }
        return decodedCount;
    }

    /** The file's filtered, non-image streams, in file order, each with its bound. */
    private static List<Weighed> weigh(PDDocument pdf, Path file, Deadline deadline) throws IngestException {
        COSDocument doc = pdf.getDocument();
        List<Weighed> streams = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(doc.getXrefTable().entrySet())) {
            // a negative offset is an object inside an object stream: never a stream itself
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            deadline.check(file, null);
            COSBase object = dereference(doc, entry.getKey());
            if (object instanceof COSStream stream && !isImage(stream)) {
                List<COSName> names = filterNames(stream);
                List<Filter> filters = filters(names);
                if (!filters.isEmpty()) {
                    long stored = storedSize(stream);
                    long bound = stored < 0 ? InflationBound.UNKNOWN : InflationBound.of(stream, names, stored);
                    streams.add(new Weighed(entry.getKey(), stream, filters, bound));
                }
            }
        }
        return streams;
    }

    /** The bytes of the stream as stored, read as its filters would read them; -1 if unreadable. */
    private static long storedSize(COSStream stream) {
        try (InputStream in = stream.createRawInputStream()) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
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

    /**
     * The bytes {@code w}'s stream decodes to, or 0 when it cannot be decoded (left to the reader);
     * {@code totalSoFar} is what the streams decoded before it came to.
     */
    private long decodedSize(Weighed w, long totalSoFar, Path file, Deadline deadline) throws IngestException {
        COSStream stream = w.stream();
        COSObjectKey key = w.key();
        List<Filter> filters = w.filters();
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

    private static List<COSName> filterNames(COSStream stream) {
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
        return names;
    }

    /** PDFBox's filters for {@code names}; none for a picture or a filter PDFBox cannot decode either. */
    private static List<Filter> filters(List<COSName> names) {
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
