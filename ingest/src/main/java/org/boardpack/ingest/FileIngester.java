package org.boardpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;
import org.boardpack.ingest.pdf.PdfLayoutReader;

/**
 * The ingest stage for one file: checks it can be read, hashes it, detects its format from its
 * bytes (never from its name, so a text file called {@code .pdf} is caught) and hands it to the
 * reader for that format.
 */
public final class FileIngester {

    private static final String PDF = "application/pdf";

    private final Tika tika;
    private final DocumentReader pdfReader;

    public FileIngester() {
        this(new Tika(), new PdfLayoutReader());
    }

    public FileIngester(Tika tika, DocumentReader pdfReader) {
        this.tika = tika;
        this.pdfReader = pdfReader;
    }

    public ParsedDocument ingest(Path file) throws IngestException {
        if (!Files.exists(file)) {
            throw new IngestException(FailureKind.NOT_FOUND, file, "no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IngestException(FailureKind.UNREADABLE, file, "not a readable regular file");
        }
        String sha256 = sha256(file);
        String mediaType = detect(file);
        if (!PDF.equals(mediaType)) {
            throw new IngestException(FailureKind.UNSUPPORTED_FORMAT, file,
                    "its content is " + mediaType + ", not a PDF");
        }
        return pdfReader.read(file, sha256);
    }

    private String detect(Path file) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            // content only: passing the name would let ".pdf" vouch for a file that is not one
            return tika.detect(in);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, file, null, "cannot read it: " + e.getMessage(), e);
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
