package org.boardpack.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.WriteOutContentHandler;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.DocumentReader;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.ResourceExhaustion;
import org.xml.sax.SAXException;

/**
 * Word (DOCX, DOC), RTF, OpenDocument and HTML papers through Tika: its XHTML gives paragraphs,
 * headings and tables with their cell structure, laid out into the same page model as a PDF.
 * Such documents have no pages of their own; the layout's pages are A4 at a body size of 10pt.
 */
public final class TikaDocumentReader implements DocumentReader {

    private final Parser parser;
    private final String format;
    private final OfficeBudget budget;

    /** @param format short name written into the record, e.g. {@code docx} */
    public TikaDocumentReader(String format) {
        this(new AutoDetectParser(), format, OfficeBudget.DEFAULTS);
    }

    public TikaDocumentReader(Parser parser, String format) {
        this(parser, format, OfficeBudget.DEFAULTS);
    }

    public TikaDocumentReader(Parser parser, String format, OfficeBudget budget) {
        this.parser = parser;
        this.format = format;
        this.budget = budget;
        budget.applyToPoi();
    }

    @Override
    public ParsedDocument read(Path file, String sha256, Deadline deadline) throws IngestException {
        XhtmlBlockHandler handler = new XhtmlBlockHandler();
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(file)) {
            // the limit stops the text handed over, and so the memory any format's text can take
            parser.parse(in, new WriteOutContentHandler(handler, budget.maxChars()), metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new IngestException(FailureKind.ENCRYPTED, file, null, "the document is password-protected", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw failure(file, e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw ResourceExhaustion.failure(file, null, e);
        }
        // Tika parses in one call: the limit can only be checked once it returns
        deadline.check(file, null);
        List<Block> blocks = handler.blocks();
        if (blocks.isEmpty()) {
            throw new IngestException(FailureKind.EMPTY, file, "the document has no text");
        }
        List<Page> pages = new SyntheticLayout().layout(blocks);
        String producer = metadata.get(TikaCoreProperties.CREATOR_TOOL);
        return new ParsedDocument(file, sha256, format, producer, pages);
    }

    /**
     * Over a budget is a {@code RESOURCE_LIMIT} (whatever Tika wrapped it in); a file the parser
     * cannot make sense of is {@code DAMAGED}; only an I/O error of the file itself is {@code UNREADABLE}.
     */
    private IngestException failure(Path file, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException(FailureKind.RESOURCE_LIMIT, file, null, String.format(Locale.ROOT,
                    "it holds more than %,d characters of text, over the budget for one document:"
                            + " a decompression bomb, or a file too big to read", budget.maxChars()), null);
        }
        String zipLimit = zipLimit(e);
        if (zipLimit != null) {
            return new IngestException(FailureKind.RESOURCE_LIMIT, file, null, "its zip inflates past POI's limits ("
                    + zipLimit + "): a decompression bomb, or a file too big to read", null);
        }
        if (e instanceof IOException && !(e instanceof java.util.zip.ZipException)
                && e.getClass().getName().startsWith("java.")) {
            return new IngestException(FailureKind.UNREADABLE, file, null, "cannot read it: " + message(e), e);
        }
        return new IngestException(FailureKind.DAMAGED, file, null, "Tika cannot parse it: " + message(e), e);
    }

    /** POI's zip-bomb message, shortened to what was exceeded, or {@code null} when it is not one. */
    private static String zipLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb detected") || m.contains("exceeds the max")
                    || m.contains("MAX_ENTRY_SIZE") || m.contains("MIN_INFLATE_RATIO"))) {
                return m.lines().findFirst().orElse(m).strip();
            }
        }
        return null;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }
}
