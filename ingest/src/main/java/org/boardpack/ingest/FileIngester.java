package org.boardpack.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.tika.Tika;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.boardpack.ingest.pdf.DecodeBudget;
import org.boardpack.ingest.pdf.PdfLayoutReader;
import org.boardpack.ingest.pdf.ScannedPageReader;
import org.boardpack.ingest.tika.TikaDocumentReader;

/**
 * The ingest stage for one file: checks it can be read, hashes it, detects its format from its
 * bytes (never from its name, so a text file called {@code .pdf} is caught) and hands it to the
 * reader for that format. Files over the run's {@link IngestLimits} are refused: by size before
 * they are read, by pages before they are parsed.
 */
public final class FileIngester {

    private static final String PDF = "application/pdf";

    /** What a PDF file starts with (Tika's highest-priority magic for {@link #PDF}). */
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern READABLE_NAME = Pattern.compile("\\.(pdf|docx|doc|rtf|odt|html?)$", Pattern.CASE_INSENSITIVE);

    /** Formats read through Tika, by media type, with the short name written into records. */
    private static final Map<String, String> DOCUMENT_FORMATS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/msword", "doc",
            "application/x-tika-msoffice", "doc",
            "application/rtf", "rtf",
            "application/vnd.oasis.opendocument.text", "odt",
            "text/html", "html",
            "application/xhtml+xml", "html");

    /** Asked only for a file that does not open as a PDF: a run of PDFs never builds Tika. */
    private final Supplier<Tika> tika;
    private final DocumentReader pdfReader;
    private final IngestLimits limits;

    /** The default limits ({@link IngestLimits#DEFAULTS}); scanned pages are not OCR'd. */
    public FileIngester() {
        this(IngestLimits.DEFAULTS, ScannedPageReader.NOT_REQUESTED);
    }

    /** @param scans what to do with PDF pages that have no text layer ({@link ScannedPageReader#forRequest}) */
    public FileIngester(IngestLimits limits, ScannedPageReader scans) {
        this(limits, scans, SpareCores.NONE);
    }

    /** @param cores the run's cores not busy with a file, which a long PDF may borrow to read its pages */
    public FileIngester(IngestLimits limits, ScannedPageReader scans, SpareCores cores) {
        this(() -> SharedTika.INSTANCE, new PdfLayoutReader(limits.maxPages(), scans, DecodeBudget.DEFAULTS, cores), limits);
    }

    /**
     * One format detector for the process: building Tika's default configuration takes a fifth of a
     * second, and a detector is thread-safe, so each run (and each ingester) need not pay it again.
     * Built on first use (a holder class), so a run that meets only PDFs does not pay it at all.
     */
    private static final class SharedTika {
        static final Tika INSTANCE = new Tika();
    }

    public FileIngester(Tika tika, DocumentReader pdfReader) {
        this(tika, pdfReader, IngestLimits.DEFAULTS);
    }

    public FileIngester(Tika tika, DocumentReader pdfReader, IngestLimits limits) {
        this(() -> tika, pdfReader, limits);
    }

    private FileIngester(Supplier<Tika> tika, DocumentReader pdfReader, IngestLimits limits) {
        this.tika = tika;
        this.pdfReader = pdfReader;
        this.limits = limits;
    }

    /**
     * Whether a file name looks like one of the formats read (for picking files out of folders):
     * by its extension alone, whatever the characters before it (a newline included).
     */
    public static boolean readableName(String fileName) {
        return READABLE_NAME.matcher(fileName).find();
    }

    public ParsedDocument ingest(Path file) throws IngestException {
        return ingest(file, Deadline.none());
    }

    /** Reads the file, giving up with a {@code TIMED_OUT} failure once {@code deadline} passes. */
    public ParsedDocument ingest(Path file, Deadline deadline) throws IngestException {
        return ingest(AdmittedFile.of(file, limits), deadline);
    }

    /**
     * Reads a file already admitted and hashed (by the caller that needed its digest first), without
     * hashing it again.
     */
    public ParsedDocument ingest(AdmittedFile admitted, Deadline deadline) throws IngestException {
        Path file = admitted.path();
        ParsedDocument doc;
        try {
            doc = read(file, admitted.sha256(), deadline);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the budgets should have stopped it first; whatever it held is unreachable now
            throw ResourceExhaustion.failure(file, null, e);
        }
        admitted.stamp().unchangedSince(file);
        return doc;
    }

    private ParsedDocument read(Path file, String sha256, Deadline deadline) throws IngestException {
        String mediaType = detect(file);
        if (PDF.equals(mediaType)) {
            return pdfReader.read(file, sha256, deadline);
        }
        String format = DOCUMENT_FORMATS.get(mediaType);
        if (format != null) {
            return refuseOverPages(new TikaDocumentReader(format).read(file, sha256, deadline));
        }
        throw new IngestException(FailureKind.UNSUPPORTED_FORMAT, file,
                "its content is " + mediaType + ", not a PDF, Word, RTF, OpenDocument or HTML document");
    }

    /**
     * Whether {@code file} may be read at all, decided from its attributes before a byte of it is
     * read (hashing included: a 3 GB file must not cost the night its hashing).
     *
     * @return the file's size and time, to tell afterwards whether it changed while it was read
     * @throws IngestException {@code NOT_FOUND}, {@code UNREADABLE}, {@code EMPTY} or {@code TOO_LARGE}
     */
    public static FileStamp admit(Path file, IngestLimits limits) throws IngestException {
        if (!Files.exists(file)) {
            throw new IngestException(FailureKind.NOT_FOUND, file, "no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IngestException(FailureKind.UNREADABLE, file, "not a readable regular file");
        }
        FileStamp stamp = FileStamp.of(file);
        refuseOverSize(file, stamp.size(), limits);
        return stamp;
    }

    private static void refuseOverSize(Path file, long size, IngestLimits limits) throws IngestException {
        if (size == 0) {
            // Tika would call it application/octet-stream: say what the operator can act on
            throw new IngestException(FailureKind.EMPTY, file, null,
                    "the file is empty (0 bytes); it was probably not copied or downloaded completely", null);
        }
        if (size > limits.maxBytes()) {
            throw new IngestException(FailureKind.TOO_LARGE, file, null, "the file is " + IngestLimits.describe(size)
                    + ", over the " + IngestLimits.describe(limits.maxBytes()) + " limit; raise --max-file-size", null);
        }
    }

    /** A word-processed document has pages only once laid out, so its limit is checked after. */
    private ParsedDocument refuseOverPages(ParsedDocument doc) throws IngestException {
        if (doc.pageCount() > limits.maxPages()) {
            throw new IngestException(FailureKind.TOO_LARGE, doc.path(), null, String.format(Locale.ROOT,
                    "the document lays out to %,d pages, over the %,d-page limit; raise --max-pages",
                    doc.pageCount(), limits.maxPages()), null);
        }
        return doc;
    }

    private String detect(Path file) throws IngestException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // a PDF's own header is the match Tika's magic ranks first for it: taken as it stands,
            // it spares running every other format's magic over the file's start
            if (opensWith(in, PDF_HEADER)) {
                return PDF;
            }
            // content first: passing the name would let ".pdf" vouch for a file that is not one;
            // the name only tells apart containers that look alike inside (ZIP-based documents)
            String byContent = tika.get().detect(in);
            if (byContent.equals("application/zip") || byContent.equals("application/x-tika-ooxml")
                    || byContent.equals("application/x-tika-msoffice")) {
                return tika.get().detect(file);
            }
            return byContent;
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, file, null, "cannot read it: " + e.getMessage(), e);
        }
    }

    /** Whether the stream starts with {@code prefix}; the stream is left at its start either way. */
    private static boolean opensWith(InputStream in, byte[] prefix) throws IOException {
        in.mark(prefix.length);
        try {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        } finally {
            in.reset();
        }
    }

    public static String sha256(Path file) throws IngestException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, file, null, "cannot read it: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
